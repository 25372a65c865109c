/** Wuzhen Kiosk: the command-line entry point and the JavaFX application that composes the screens. */
package org.wuzhenkiosk;
