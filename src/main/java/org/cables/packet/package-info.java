/**
 * Printed packets (decision 41): a guided tour as a PDF to hand out on paper, in English or in
 * Korean, and a separate teacher's key. {@link org.cables.packet.Packet} is the neutral model of
 * what is printed; {@link org.cables.packet.TourPackets} makes one from a tour;
 * {@link org.cables.packet.PacketPdf} prints it (XHTML laid out by openhtmltopdf, written by
 * PDFBox, in fonts embedded from the classpath); the maps are drawn with Java2D. Served by
 * {@code PacketController} under {@code /packets/}.
 */
package org.cables.packet;
