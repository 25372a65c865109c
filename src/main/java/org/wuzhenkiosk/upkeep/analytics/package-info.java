/** Anonymous visitor statistics: daily JSON Lines files, bounded in size, a CSV export and today's summary. */
package org.wuzhenkiosk.upkeep.analytics;
