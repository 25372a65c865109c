/** Content as a spreadsheet (xlsx, CSV) and back; no JavaFX. */
package org.wuzhenkiosk.content.exchange;
