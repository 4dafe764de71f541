package classifier

// The rule reference, docs/rules.md and web/rules.html, is generated from the
// rule values in package rules; TestDocsUpToDate in internal/gendocs fails
// when the committed files are stale.
//go:generate go run ./internal/gendocs
