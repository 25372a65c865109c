/** The kiosk's settings: kiosk.properties as one typed record, and the command-line options that override it. */
package org.wuzhenkiosk.config;
