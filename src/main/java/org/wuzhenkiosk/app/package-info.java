/** What runs the kiosk: content state with fallback, navigation, languages, the shell around the screens. */
package org.wuzhenkiosk.app;
