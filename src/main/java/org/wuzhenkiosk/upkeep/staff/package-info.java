/** Staff mode: the hidden corner gesture, the PIN pad with its lockout, and the staff panel. */
package org.wuzhenkiosk.upkeep.staff;
