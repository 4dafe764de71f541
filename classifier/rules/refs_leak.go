package rules

import "github.com/authtriage/authtriage/classifier/rule"

// Sources for the leak (AT7), hiding (AT2), error-body (AT6) and input (AT9) rules.
var (
	rfc9110_7_6_3  = rule.Ref{Title: "RFC 9110 §7.6.3 Via", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-7.6.3"}
	rfc9110_9_3_2  = rule.Ref{Title: "RFC 9110 §9.3.2 HEAD", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-9.3.2"}
	rfc9110_11_6_2 = rule.Ref{Title: "RFC 9110 §11.6.2 Authorization", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-11.6.2"} // rule.RefRFC9110Authorization
	rfc9110_15_5_5 = rule.Ref{Title: "RFC 9110 §15.5.5 404 Not Found", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"} // rule.RefRFC9110_404
	rfc9110_17     = rule.Ref{Title: "RFC 9110 §17 Security Considerations", URL: "https://www.rfc-editor.org/rfc/rfc9110#section-17"}
	rfc1918_3      = rule.Ref{Title: "RFC 1918 §3 Private Address Space", URL: "https://www.rfc-editor.org/rfc/rfc1918#section-3"}
	rfc6761_6      = rule.Ref{Title: "RFC 6761 §6 Special-use domain names", URL: "https://www.rfc-editor.org/rfc/rfc6761#section-6"}
	rfc8375_4      = rule.Ref{Title: "RFC 8375 §4 home.arpa", URL: "https://www.rfc-editor.org/rfc/rfc8375#section-4"}
	rfc6750_5_1    = rule.Ref{Title: "RFC 6750 §5.1 Security Threats (token disclosure)", URL: "https://www.rfc-editor.org/rfc/rfc6750#section-5.1"}
	rfc9457_3_1    = rule.Ref{Title: "RFC 9457 §3.1 Members of a Problem Details Object", URL: "https://www.rfc-editor.org/rfc/rfc9457#section-3.1"}
	rfc9457_3_1_2  = rule.Ref{Title: "RFC 9457 §3.1.2 \"status\"", URL: "https://www.rfc-editor.org/rfc/rfc9457#section-3.1.2"}
	rfc9457_5      = rule.Ref{Title: "RFC 9457 §5 Security Considerations", URL: "https://www.rfc-editor.org/rfc/rfc9457#section-5"}
	harSpec        = rule.Ref{Title: "HTTP Archive (HAR) format 1.2", URL: "https://w3c.github.io/web-performance/specs/HAR/Overview.html"}
	cwe200         = rule.Ref{Title: "CWE-200 Exposure of Sensitive Information to an Unauthorized Actor", URL: "https://cwe.mitre.org/data/definitions/200.html"}
	cwe204         = rule.Ref{Title: "CWE-204 Observable Response Discrepancy", URL: "https://cwe.mitre.org/data/definitions/204.html"}
	cwe209         = rule.Ref{Title: "CWE-209 Generation of Error Message Containing Sensitive Information", URL: "https://cwe.mitre.org/data/definitions/209.html"}
	cwe215         = rule.Ref{Title: "CWE-215 Insertion of Sensitive Information Into Debugging Code", URL: "https://cwe.mitre.org/data/definitions/215.html"}
	cwe497         = rule.Ref{Title: "CWE-497 Exposure of Sensitive System Information to an Unauthorized Control Sphere", URL: "https://cwe.mitre.org/data/definitions/497.html"}
	owaspErrors    = rule.Ref{Title: "OWASP WSTG: Testing for Improper Error Handling", URL: "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/08-Testing_for_Error_Handling/01-Testing_For_Improper_Error_Handling"}
	owaspEnum      = rule.Ref{Title: "OWASP WSTG: Testing for Account Enumeration", URL: "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/03-Identity_Management_Testing/04-Testing_for_Account_Enumeration_and_Guessable_User_Account"}
	owaspAuthMsgs  = rule.Ref{Title: "OWASP Authentication Cheat Sheet: Authentication and Error Messages", URL: "https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html#authentication-and-error-messages"}
	githubHide404  = rule.Ref{Title: "GitHub REST API: troubleshooting a 404 for an existing resource", URL: "https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api"}
	s3ListBucket   = rule.Ref{Title: "Amazon S3 GetObject: permissions (403 instead of 404 without s3:ListBucket)", URL: "https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetObject.html#API_GetObject_Permissions"}
	awsIAMDenied   = rule.Ref{Title: "AWS IAM: Troubleshoot access denied error messages", URL: "https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html"}
)
