/** Plane geometry of map rings (bounds, containment, area, a point for a label) and the antimeridian cut. */
package org.wuzhenkiosk.content.geo;
