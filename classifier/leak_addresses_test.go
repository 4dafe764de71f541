package classifier_test

import (
	"testing"

	"github.com/authtriage/authtriage/classifier/rule"
)

// A "server" key holding a network address names where a program listens
// or what it called, not the software that answered: a web framework's log
// record of its listener ("server: tcp:0.0.0.0:3000") or a client's record
// of the node it asked ("server: http://bucket@10.20.3.57:8091") is no
// version banner, while a product token with its version still is one
// (samples written for this test).
func TestServerAddressIsNoBanner(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "a listener address in a framework's log",
			paste: "2024/05/14 10:02:11 ...s/auth/basic.go:118:Verify() [W] Failed authentication attempt for dmoreau from 172.19.0.1:51522: user does not exist\n" +
				"HTTP/1.1 401 Unauthorized\nserver: tcp:0.0.0.0:3000\nContent-Type: text/plain; charset=utf-8\nWWW-Authenticate: Basic realm=\"Gitea\"\n\nUnauthorized\n",
			class: rule.Authentication, not: []string{"server-version-leak"}},
		{name: "a node URL with its port",
			paste: "HTTP/1.1 401 Unauthorized\nserver: http://beer-sample@10.20.3.57:8091\nContent-Type: text/plain\nWWW-Authenticate: Basic realm=\"Couchbase Server Admin / REST\"\n\nUnauthorized\n",
			class: rule.Authentication, not: []string{"server-version-leak"}},
		{name: "a product token with its version",
			paste: "HTTP/1.1 401 Unauthorized\nServer: nginx/1.22.1\nContent-Type: text/html\nWWW-Authenticate: Basic realm=\"metrics\"\n\n<html><body>401</body></html>\n",
			class: rule.Authentication, want: []string{"server-version-leak"}},
	})
}

// Rust's reqwest words a refused status "HTTP status client error (404
// Not Found) for url (…)" when a program calls error_for_status(), and an
// error report's "Location:" under it points into the crates of the
// person's own cargo home: the client they built, whose home directory
// is theirs, not the server's account (a sample written for this test).
func TestRustClientReportIsTheClients(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "an eyre report under reqwest's error",
			paste: "```\n$ PKG_API_KEY=xyz pkgup upload\nError: HTTP status client error (401 Unauthorized) for url (https://registry.crates-example.org/api/v1/upload)\n\n" +
				"Location:\n    /Users/ilse/.cargo/registry/src/index.crates.io-6f17d22bba15001f/pkgup-cli-0.3.2/src/upload.rs:41:9\n```\n",
			class: rule.Authentication, not: []string{"identity-leak", "stack-trace", "file-path-leak"}},
	})
}

// OpenStack's clients print a refusal as the server's sentence closed by
// parenthesised tags, "(HTTP 403) (Request-ID: req-…)": the tag is no header
// block, and the sentence stays the text a leak rule reads (the policy rule
// it names). Anubis's Go template writes its page title's apostrophe as
// &#39; and its challenge in a script with the id anubis_challenge: the bot
// wall is named either way (samples written for this test).
func TestMessageTagAndEscapedBotWall(t *testing.T) {
	runVerdictCases(t, []verdictCase{
		{name: "an OpenStack client's refusal",
			paste: "$ openstack server list --all-projects\nYou are not authorized to perform the requested action: os_compute_api:servers:index:get_all_tenants. (HTTP 403) (Request-ID: req-3c9e1f20-7a4b-4d6e-9f01-b2c3d4e5f607)\n",
			class: rule.Authorization, want: []string{"policy-leak"}},
		{name: "Anubis's page with its apostrophe escaped",
			paste: "The download saved this instead of the archive:\n\n```\n<!doctype html><html lang=\"en\"><head><title>Making sure you&#39;re not a bot!</title></head><body><h1 id=\"title\">Making sure you&#39;re not a bot!</h1><p id=\"status\">Loading...</p>\n<script id=\"anubis_challenge\" type=\"application/json\">{\"challenge\":\"0b7f3e1c9a2d\",\"rules\":{\"difficulty\":4}}</script></body></html>\n```\n",
			class: rule.Blocked, want: []string{"bot-challenge"}},
	})
}
