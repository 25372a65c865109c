/** What runs the kiosk: content state with fallback, navigation, languages, the shell, and its upkeep when alone. */
package org.wuzhenkiosk.app;
