/** The command line: options, --validate and the map check, the staff commands, build information. */
package org.wuzhenkiosk.cli;
