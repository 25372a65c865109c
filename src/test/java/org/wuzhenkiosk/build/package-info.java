/** Checks on what the build makes: the kiosk's jar for each platform. */
package org.wuzhenkiosk.build;
