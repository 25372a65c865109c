/** Content as a spreadsheet (xlsx, CSV) and back, and TimelineJS timelines brought in as events; no JavaFX. */
package org.wuzhenkiosk.content.exchange;
