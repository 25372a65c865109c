/** The guided tour: its stops step through the timeline, the map and the cases, each with a short text. */
package org.wuzhenkiosk.screen.story;
