module github.com/authtriage/authtriage

go 1.26

require github.com/hack-pad/safejs v0.1.0

require (
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	golang.org/x/text v0.14.0 // indirect
)
