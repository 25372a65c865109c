/** The home screen: the exhibition's title and the three ways in. */
package org.wuzhenkiosk.screen.home;
