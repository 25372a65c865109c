package org.wuzhenkiosk.content;

/** Where a fact comes from, so staff can check it: a title, an address if there is one, a note. */
public record Source(String title, String url, String note) {
}
