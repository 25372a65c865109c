/**
 * Widgets shared by several screens: scaled layout, covers and pictures decoded at display size, gallery,
 * inertia scrolling, media players with a fallback, QR codes, and the one lookup of class-path resources.
 */
package org.wuzhenkiosk.ui;
