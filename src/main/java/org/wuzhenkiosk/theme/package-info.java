/** The look: bundled fonts loaded before the first scene, the theme stylesheet and palette switching. */
package org.wuzhenkiosk.theme;
