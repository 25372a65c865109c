/** What the screens use: content state with fallback, context, navigation, languages, task runner and the shell. */
package org.wuzhenkiosk.app;
