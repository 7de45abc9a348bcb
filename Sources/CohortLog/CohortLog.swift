// CohortLog: the log, and nothing but the log.
//
// A cohort's history is an append-only JSON Lines file of sealed records, each chained to the one
// before by SHA-256 (docs/FORMAT.md). This module reads and writes that file and knows what makes it
// sound; it knows nothing of projections, reports or the command line.
//
//   Events/       the closed enum of event types, one payload per file, and each type's fields
//   JSON/         the strict JSON reader (a reusable tape) and the writer's canonical form
//   Records/      a sealed record and its parser (the only reader of the line layout), submissions
//                 (read from JSON lines, or typed by a program), who a record concerns, erasure scopes
//   Digest/       SHA-256 and digests
//   Rules/        the writer's rules, one per file, checked on every append and by `verify`
//   Diagnostics/  problems with their code, line, field path and hint
//   Store/        the writer (sealing, locking, the state cache), the verifier, a verified log open
//                 for reading, repair and redaction
//   Model/        small strong types: ids, days, timestamps, money
