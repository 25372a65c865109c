/** Widgets shared by several screens: the touch bar, scaled layout, covers and images decoded at display size. */
package org.wuzhenkiosk.ui;
