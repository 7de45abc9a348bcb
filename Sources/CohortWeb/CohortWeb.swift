// CohortWeb: the cohort on the web (`cohort serve`, `cohort invite`), with the log as its only store.
//
// Data flows one way here too: bytes on a socket → a request → a page or a form → submissions for the
// same reader, rules and writer as `cohort append` → a response. The library knows of the log, the
// folds and the reports; nothing below it knows of the web.
//
//   HTTP/     the request parser with its limits (fuzzed: scripts/fuzz/http.swift), responses with the
//             security headers every page carries, form decoding; standard library only
//   Server/   HTTP/1.1 on the system's sockets: a thread per connection, timeouts, at most so many at once
//   Access/   personal links: random tokens, and LOG.access, which keeps only their digests and the forms'
//             secret
//   Site/     the routes, a person's page and its forms, forms turned into submissions, the words of the
//             pages in English and Dutch
