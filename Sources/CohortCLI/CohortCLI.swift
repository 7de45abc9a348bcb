// CohortCLI: the command line, in a library so that tests run commands in-process.
//
// CohortTool parses `cohort COMMAND …`, runs one command and maps what happened to an exit status
// (0 success, 1 the data fails, 2 a usage error or an unreadable file). Commands open the log (a
// LogSource for reading, the LogWriter for appending), run a projection and write a report.
//
//   Parsing/   options and their specs
//   Commands/  one file per command (export's modes in Export+*.swift)
//   Add/       `cohort add`: flags derived from an event type's fields, proposals, the prompter
//   Support/   invocation (environment, clock, output written whole), progress, report options, failures
