// CohortReports: pure functions from a projection's state to what a person reads.
//
// Reports build a format-free Document (people's text kept apart from the report's own words) and render
// it as text or Markdown, or build JSON; they know nothing of files or the log's bytes.
//
//   Document/  the Document and its renderings
//   Views/     one report per view: timeline, lines, harvest, history, audit, attendance, …
//   HTML/      the self-contained harvest page, its charts, the certificate page
//   Export/    xAPI statements (with the SHA-1 and name-based UUIDs they need), the iCalendar file,
//              the participant's own file
//   Words/     every word in English and Dutch, whole sentences as functions
