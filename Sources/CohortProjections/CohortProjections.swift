// CohortProjections: folds over a log that verified, one per view.
//
// A command opens a LogSource (Source/: a verified log seen through a window, each record with its
// standing: stands, retracted, outside); every fold reads it and never fails. No projection opens a file.
//
//   Source/   LogSource and RecordWindow (`--as-of`, `--known-at`)
//   Model/    CohortState, the fold every view starts from, and the one audience filter
//   Views/    timeline, learning lines, support network, harvest, history, attendance, certificate,
//             the sessions' revisions for the calendar
//   Audit/    the evidence fold (AuditFacts) and one file per finding in Checks/ (docs/AUDIT.md)
//   XAPI/     the xAPI feed: statements with their versions and voidings
//   Access/   everything the log holds about one person (the right of access)
