// R httr response prints (--- STATUS ---, $header, [1] "value").

package parse

import (
	"strconv"
	"strings"
)

// readHttr reads the print of an R httr response object:
//
//	--- STATUS ---------
//	[1] 403
//	--- HEADERS --------
//	$server
//	[1] "CloudFront"
//	--- RAW BODY -------
//	<html>...
//
// It returns nil when the paste is not one.
func readHttr(raw []string) *Exchange {
	found := false
	for _, s := range raw {
		if strings.HasPrefix(strings.TrimSpace(s), "--- STATUS") {
			found = true
			break
		}
	}
	if !found {
		return nil
	}
	return readHttrSections(raw)
}

// readHttrSections is readHttr past its check for the STATUS line: under
// js/wasm a function is compiled whole on its first call, and every paste
// asks readHttr (issue #14).
func readHttrSections(raw []string) *Exchange {
	resp := &Response{StatusSource: "text"}
	section := ""
	name := ""
	var texts []string
	var nums []int
	for i, s := range raw {
		n := i + 1
		t := strings.TrimSpace(s)
		if strings.HasPrefix(t, "--- ") {
			sec := strings.TrimSpace(strings.Trim(t, "- "))
			section = strings.ToLower(sec)
			continue
		}
		switch {
		case section == "status":
			if strings.HasPrefix(t, "[1] ") {
				if st, _, ok := statusValue(strings.TrimSpace(t[4:])); ok && resp.Status == 0 {
					resp.Status, resp.Pos = st, Pos{Line: n}
				}
			}
		case section == "headers":
			switch {
			case strings.HasPrefix(t, "$"):
				name = strings.Trim(t[1:], "`")
			case strings.HasPrefix(t, "[1] ") && name != "":
				v := strings.TrimSpace(t[4:])
				if u, err := strconv.Unquote(v); err == nil {
					v = u
				} else {
					v = strings.Trim(v, "\"")
				}
				resp.Fields = append(resp.Fields, Field{Name: name, Value: v, Pos: Pos{Line: n}})
				name = ""
			case strings.HasPrefix(t, "attr("):
				name = ""
			}
		case strings.Contains(section, "body") || section == "content":
			if len(texts) == 0 && t == "" {
				continue
			}
			texts = append(texts, s)
			nums = append(nums, n)
		}
	}
	for len(texts) > 0 && strings.TrimSpace(texts[len(texts)-1]) == "" {
		texts, nums = texts[:len(texts)-1], nums[:len(nums)-1]
	}
	if resp.Status == 0 && len(resp.Fields) == 0 {
		return nil
	}
	if len(texts) > 0 {
		resp.Body = makeBody(texts, nums)
	}
	if resp.Status == 0 {
		resp.StatusSource = ""
	}
	first, last := 0, 0
	for i, s := range raw {
		if strings.TrimSpace(s) != "" {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	if resp.Pos.Line == 0 {
		resp.Pos = Pos{Line: first}
	}
	resp.Span = Span{first, last}
	return &Exchange{Response: resp, Span: resp.Span, Format: "httr"}
}
