/** The timeline screen: every milestone on one line to swipe, zoom, filter and open; its layout model has no JavaFX. */
package org.wuzhenkiosk.screen.timeline;
