/** The timeline screen: the exhibition's milestones by year. */
package org.wuzhenkiosk.screen.timeline;
