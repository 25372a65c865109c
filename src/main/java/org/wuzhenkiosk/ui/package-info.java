/**
 * Widgets shared by several screens: scaled layout, covers and pictures decoded at display size, gallery,
 * inertia scrolling, media players with a fallback, QR codes.
 */
package org.wuzhenkiosk.ui;
