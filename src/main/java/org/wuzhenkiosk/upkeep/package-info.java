/**
 * The kiosk's upkeep when it runs alone: idle question and reset, attract loop, lockdown, crash guard, visit
 * tracking, logs, content watching, staff mode and visitor statistics.
 */
package org.wuzhenkiosk.upkeep;
