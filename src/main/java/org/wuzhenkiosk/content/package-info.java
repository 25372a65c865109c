/** The exhibition content: records, the JSON loader and the validator; no JavaFX here. */
package org.wuzhenkiosk.content;
