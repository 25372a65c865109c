/** The cases screen: cooperation projects as filterable cards, and each case's detail with media and a QR code. */
package org.wuzhenkiosk.screen.cases;
