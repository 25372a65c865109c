/** The home screen: the exhibition's title, its guided tour and the three ways in. */
package org.wuzhenkiosk.screen.home;
