/** The cases screen: a grid of cooperation projects as large cards. */
package org.wuzhenkiosk.screen.cases;
