module github.com/authtriage/authtriage

go 1.26
