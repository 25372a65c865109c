/** The kiosk's screens, one package each: a view and its model. */
package org.wuzhenkiosk.screen;
