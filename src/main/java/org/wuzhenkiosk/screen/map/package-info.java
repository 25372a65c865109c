/** The map screen: where the cooperation cases take place. */
package org.wuzhenkiosk.screen.map;
