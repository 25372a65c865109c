/** The kiosk: the JavaFX application that composes settings, content, screens and their upkeep. */
package org.wuzhenkiosk;
