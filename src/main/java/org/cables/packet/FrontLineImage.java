package org.cables.packet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.cables.content.FrontLines;
import org.cables.content.Memo;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The front on a day, drawn for paper with Java2D: Korea and its neighbours from the map's own
 * base geography (the GeoJSON the web map loads from {@code /map-data/basemap.geojson}), the
 * area held by the UN side shaded, the front line (dashed where its position is an estimate, as
 * on the web map), the 38th parallel, places marked, and a caption under the map. Black, white
 * and greys only, so that it prints the same on any printer. The result is a greyscale PNG.
 */
final class FrontLineImage {

    /** The words the picture shows, in the packet's language. */
    record Labels(String parallel, String frontLine, String approximate, String unHeld) {
    }

    /** A place to mark and name on the map. */
    record Mark(String name, double lat, double lon) {
    }

    /**
     * What to draw.
     *
     * @param state    the dated state of the front, or null for none (before the war)
     * @param marks    places to mark
     * @param title    the caption's first line (bold), or empty for none
     * @param subtitle the caption's second line, or empty for none
     */
    record Drawing(FrontLines.State state, List<Mark> marks, String title, String subtitle, Labels labels, String alt) {

        Drawing {
            marks = List.copyOf(marks);
            title = title == null ? "" : title;
            subtitle = subtitle == null ? "" : subtitle;
        }
    }

    /** The part of the world drawn: the peninsula, as on the web map. */
    private static final double WEST = 124.1;
    private static final double EAST = 130.9;
    private static final double NORTH = 43.05;
    private static final double SOUTH = 33.8;
    /** Width of the picture in pixels: about 300 dpi at the 58 mm it is printed at. */
    static final int WIDTH = 690;
    private static final double SCALE = WIDTH / Math.toRadians(EAST - WEST);
    private static final int MAP_HEIGHT = (int) Math.round((mercator(NORTH) - mercator(SOUTH)) * SCALE);
    private static final int PAD = 18;
    /** The caption's spacing: between its lines, before the legend, and each legend row (with its baseline). */
    private static final int LINE_GAP = 4;
    private static final int LEGEND_GAP = 8;
    private static final int LEGEND_ROW = 42;
    private static final int LEGEND_BASELINE = 30;
    /** The smallest radius a pocket (a beachhead) is drawn with, so that it can be seen. */
    private static final double MIN_POCKET_RADIUS = 17;

    private static final Color INK = Color.BLACK;
    private static final Color NEIGHBOUR = new Color(0xE4E4E4);
    private static final Color NEIGHBOUR_EDGE = new Color(0x9A9A9A);
    private static final Color UN_HELD = new Color(0xC4C4C4);
    private static final Color COAST = new Color(0x2A2A2A);
    private static final Color PARALLEL = new Color(0x505050);

    private static final Stroke STROKES = new Stroke();

    private FrontLineImage() {
    }

    /** The picture, as a greyscale PNG. */
    static PacketImage draw(FrontLines map, Drawing drawing) {
        Base base = BASES.get(map.basemapGeoJson() == null ? "" : map.basemapGeoJson());
        Fonts fonts = Fonts.INSTANCE;
        FontRenderContext frc = new FontRenderContext(null, true, true);

        // The caption's lines, measured first: the picture is as tall as they need.
        List<TextLayout> captionLines = new ArrayList<>();
        if (!drawing.title().isBlank()) {
            captionLines.addAll(wrap(drawing.title(), fonts.bold(drawing.title(), 33f), frc, WIDTH - 2 * PAD));
        }
        if (!drawing.subtitle().isBlank()) {
            captionLines.addAll(wrap(drawing.subtitle(), fonts.regular(drawing.subtitle(), 29f), frc, WIDTH - 2 * PAD));
        }
        List<LegendItem> legend = legend(drawing);
        List<List<Placed>> legendRows = layOutLegend(legend, fonts, frc);
        double captionHeight = PAD;
        for (TextLayout line : captionLines) {
            captionHeight += line.getAscent() + line.getDescent() + line.getLeading() + LINE_GAP;
        }
        captionHeight += LEGEND_GAP + legendRows.size() * LEGEND_ROW + PAD;
        int height = MAP_HEIGHT + (int) Math.ceil(captionHeight);

        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            drawMap(g, base, drawing, fonts, frc);
            // The caption, under the map.
            g.setColor(INK);
            g.setStroke(STROKES.thin);
            g.draw(new Line2D.Double(0, MAP_HEIGHT, WIDTH, MAP_HEIGHT));
            float y = MAP_HEIGHT + PAD;
            for (TextLayout line : captionLines) {
                y += line.getAscent();
                line.draw(g, PAD, y);
                y += line.getDescent() + line.getLeading() + LINE_GAP;
            }
            y += LEGEND_GAP;
            for (List<Placed> row : legendRows) {
                for (Placed placed : row) {
                    drawLegendItem(g, placed, y + LEGEND_BASELINE);
                }
                y += LEGEND_ROW;
            }
            g.setColor(new Color(0x777777));
            g.setStroke(STROKES.thin);
            g.draw(new Rectangle2D.Double(0.5, 0.5, WIDTH - 1, height - 1));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PacketImage(png.toByteArray(), WIDTH, height, drawing.alt());
    }

    private static void drawMap(Graphics2D g, Base base, Drawing drawing, Fonts fonts, FontRenderContext frc) {
        Shape frame = new Rectangle2D.Double(0, 0, WIDTH, MAP_HEIGHT);
        g.setClip(frame);
        g.setColor(NEIGHBOUR);
        base.neighbours().forEach(g::fill);
        g.setColor(NEIGHBOUR_EDGE);
        g.setStroke(STROKES.thin);
        base.neighbours().forEach(g::draw);
        g.setColor(Color.WHITE);
        g.fill(base.korea());

        FrontLines.State state = drawing.state();
        if (state != null) {
            // The UN side: the line closed through the sea around the south, cut to the land.
            Area held = new Area();
            if (state.line().size() > 1 && !state.unClosure().isEmpty()) {
                Path2D.Double ring = new Path2D.Double();
                boolean first = true;
                for (FrontLines.Point p : state.line()) {
                    Point2D xy = xy(p.lat(), p.lon());
                    if (first) {
                        ring.moveTo(xy.getX(), xy.getY());
                        first = false;
                    } else {
                        ring.lineTo(xy.getX(), xy.getY());
                    }
                }
                for (FrontLines.Point p : state.unClosure()) {
                    Point2D xy = xy(p.lat(), p.lon());
                    ring.lineTo(xy.getX(), xy.getY());
                }
                ring.closePath();
                held.add(new Area(ring));
            }
            for (FrontLines.Pocket pocket : state.pockets()) {
                held.add(new Area(circle(pocket)));
            }
            held.intersect(new Area(base.korea()));
            g.setColor(UN_HELD);
            g.fill(held);
            g.setColor(INK);
            g.setStroke(STROKES.pocket);
            state.pockets().forEach(p -> g.draw(circle(p)));
        }

        g.setColor(COAST);
        g.setStroke(STROKES.coast);
        g.draw(base.korea());

        // The 38th parallel across the land, named in the sea to the west.
        Shape oldClip = g.getClip();
        g.clip(base.korea());
        g.setColor(PARALLEL);
        g.setStroke(STROKES.parallel);
        Point2D west = xy(38, WEST);
        Point2D east = xy(38, EAST);
        g.draw(new Line2D.Double(west, east));
        g.setClip(oldClip);
        if (!drawing.labels().parallel().isBlank()) {
            // Named in the open sea east of the peninsula, where no coast or place is in the way.
            TextLayout label = new TextLayout(drawing.labels().parallel(), fonts.regular(drawing.labels().parallel(), 25f), frc);
            g.setColor(PARALLEL);
            g.setStroke(STROKES.parallel);
            g.draw(new Line2D.Double(xy(38, 129.0).getX(), west.getY(), WIDTH, west.getY()));
            haloText(g, label, WIDTH - 10 - label.getAdvance(), (float) west.getY() - 9);
        }

        if (state != null) {
            g.setColor(INK);
            List<FrontLines.Point> line = state.line();
            for (int i = 0; i + 1 < line.size(); i++) {
                FrontLines.Point a = line.get(i);
                FrontLines.Point b = line.get(i + 1);
                if (a.gap()) {
                    continue;
                }
                g.setStroke(a.approx() || b.approx() ? STROKES.approximate : STROKES.front);
                g.draw(new Line2D.Double(xy(a.lat(), a.lon()), xy(b.lat(), b.lon())));
            }
        }

        // The places: every dot first, then each name where it covers no other name or dot.
        List<Rectangle2D> taken = new ArrayList<>();
        for (Mark mark : drawing.marks()) {
            Point2D at = xy(mark.lat(), mark.lon());
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(at.getX() - 10, at.getY() - 10, 20, 20));
            g.setColor(INK);
            g.fill(new Ellipse2D.Double(at.getX() - 7, at.getY() - 7, 14, 14));
            taken.add(new Rectangle2D.Double(at.getX() - 9, at.getY() - 9, 18, 18));
        }
        for (Mark mark : drawing.marks()) {
            Point2D at = xy(mark.lat(), mark.lon());
            TextLayout label = new TextLayout(mark.name(), fonts.bold(mark.name(), 27f), frc);
            Point2D.Float spot = place(label, at, taken);
            taken.add(bounds(label, spot));
            haloText(g, label, spot.x, spot.y);
        }
        g.setClip(null);
    }

    /**
     * Where to write a place's name (its baseline's start): to the right of its dot, else to the
     * left, above or below, whichever first covers nothing already written and stays on the map.
     */
    private static Point2D.Float place(TextLayout label, Point2D at, List<Rectangle2D> taken) {
        float w = label.getAdvance();
        float x = (float) at.getX();
        float y = (float) at.getY();
        float ascent = label.getAscent();
        List<Point2D.Float> spots = List.of(
                new Point2D.Float(x + 13, y + 9),
                new Point2D.Float(x - 13 - w, y + 9),
                new Point2D.Float(x - w / 2, y - 14),
                new Point2D.Float(x - w / 2, y + 14 + ascent),
                new Point2D.Float(x + 10, y - 10),
                new Point2D.Float(x + 10, y + 10 + ascent));
        Rectangle2D map = new Rectangle2D.Double(4, 4, WIDTH - 8, MAP_HEIGHT - 8);
        for (Point2D.Float spot : spots) {
            Rectangle2D box = bounds(label, spot);
            if (map.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return spot;
            }
        }
        for (Point2D.Float spot : spots) {
            if (map.contains(bounds(label, spot))) {
                return spot;
            }
        }
        return spots.getFirst();
    }

    private static Rectangle2D bounds(TextLayout label, Point2D.Float baseline) {
        return new Rectangle2D.Double(baseline.x - 3, baseline.y - label.getAscent() - 3, label.getAdvance() + 6,
                label.getAscent() + label.getDescent() + 6);
    }

    /** Text with a white halo, readable over lines and shading. */
    private static void haloText(Graphics2D g, TextLayout text, float x, float y) {
        Shape outline = text.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(Color.WHITE);
        g.setStroke(STROKES.halo);
        g.draw(outline);
        g.setColor(INK);
        g.fill(outline);
    }

    private static Ellipse2D circle(FrontLines.Pocket pocket) {
        Point2D centre = xy(pocket.lat(), pocket.lon());
        double r = Math.max(MIN_POCKET_RADIUS, Math.abs(xy(pocket.lat() + pocket.radiusKm() / 111.0, pocket.lon()).getY() - centre.getY()));
        return new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
    }

    // ---- Legend -------------------------------------------------------------------------------

    private enum Swatch { LINE, APPROXIMATE, PARALLEL, HELD }

    private record LegendItem(Swatch swatch, String text) {
    }

    private record Placed(LegendItem item, TextLayout text, float x) {
    }

    /** The legend's items: only what the picture shows. */
    private static List<LegendItem> legend(Drawing drawing) {
        List<LegendItem> items = new ArrayList<>();
        Labels labels = drawing.labels();
        FrontLines.State state = drawing.state();
        if (state != null) {
            items.add(new LegendItem(Swatch.LINE, labels.frontLine()));
            boolean approximate = state.line().stream().anyMatch(FrontLines.Point::approx);
            if (approximate) {
                items.add(new LegendItem(Swatch.APPROXIMATE, labels.approximate()));
            }
            items.add(new LegendItem(Swatch.HELD, labels.unHeld()));
        }
        items.add(new LegendItem(Swatch.PARALLEL, labels.parallel()));
        items.removeIf(i -> i.text() == null || i.text().isBlank());
        return items;
    }

    private static final float SWATCH = 46;

    private static List<List<Placed>> layOutLegend(List<LegendItem> items, Fonts fonts, FontRenderContext frc) {
        List<List<Placed>> rows = new ArrayList<>();
        List<Placed> row = new ArrayList<>();
        float x = PAD;
        for (LegendItem item : items) {
            TextLayout text = new TextLayout(item.text(), fonts.regular(item.text(), 25f), frc);
            float width = SWATCH + 8 + text.getAdvance();
            if (!row.isEmpty() && x + width > WIDTH - PAD) {
                rows.add(row);
                row = new ArrayList<>();
                x = PAD;
            }
            row.add(new Placed(item, text, x));
            x += width + 24;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private static void drawLegendItem(Graphics2D g, Placed placed, float baseline) {
        float x = placed.x();
        float middle = baseline - 8;
        switch (placed.item().swatch()) {
            case LINE -> {
                g.setColor(INK);
                g.setStroke(STROKES.front);
                g.draw(new Line2D.Float(x, middle, x + SWATCH, middle));
            }
            case APPROXIMATE -> {
                g.setColor(INK);
                g.setStroke(STROKES.approximate);
                g.draw(new Line2D.Float(x, middle, x + SWATCH, middle));
            }
            case PARALLEL -> {
                g.setColor(PARALLEL);
                g.setStroke(STROKES.parallel);
                g.draw(new Line2D.Float(x, middle, x + SWATCH, middle));
            }
            case HELD -> {
                Rectangle2D box = new Rectangle2D.Float(x + 6, middle - 12, SWATCH - 12, 24);
                g.setColor(UN_HELD);
                g.fill(box);
                g.setColor(INK);
                g.setStroke(STROKES.thin);
                g.draw(box);
            }
        }
        g.setColor(INK);
        placed.text().draw(g, x + SWATCH + 8, baseline);
    }

    /** A text broken into lines no wider than {@code width}, at its spaces. */
    private static List<TextLayout> wrap(String text, Font font, FontRenderContext frc, float width) {
        List<TextLayout> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && new TextLayout(candidate, font, frc).getAdvance() > width) {
                lines.add(new TextLayout(line.toString(), font, frc));
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(new TextLayout(line.toString(), font, frc));
        }
        return lines;
    }

    // ---- Projection and base map --------------------------------------------------------------

    private static double mercator(double lat) {
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2));
    }

    /** Where a point falls in the picture (Mercator, as the web map draws it). */
    static Point2D xy(double lat, double lon) {
        return new Point2D.Double(Math.toRadians(lon - WEST) * SCALE, (mercator(NORTH) - mercator(lat)) * SCALE);
    }

    /** Korea and its neighbours as shapes in picture coordinates. */
    private record Base(Shape korea, List<Shape> neighbours) {
    }

    /** The base map of each content (a reload brings a new text). */
    private static final Memo<String, Base> BASES = new Memo<>(4, FrontLineImage::readBase);

    private static Base readBase(String geoJson) {
        Path2D.Double korea = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        List<Shape> neighbours = new ArrayList<>();
        if (!geoJson.isBlank()) {
            JsonNode root = new ObjectMapper().readTree(geoJson);
            for (JsonNode feature : root.path("features")) {
                String role = feature.path("properties").path("role").asString();
                JsonNode geometry = feature.path("geometry");
                if ("korea".equals(role)) {
                    polygons(geometry, korea);
                } else if ("neighbour".equals(role)) {
                    Path2D.Double shape = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                    polygons(geometry, shape);
                    neighbours.add(shape);
                }
            }
        }
        return new Base(korea, List.copyOf(neighbours));
    }

    /** Adds the rings of a Polygon or MultiPolygon to a path. */
    private static void polygons(JsonNode geometry, Path2D.Double path) {
        String type = geometry.path("type").asString();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(type)) {
            rings(coordinates, path);
        } else if ("MultiPolygon".equals(type)) {
            for (JsonNode polygon : coordinates) {
                rings(polygon, path);
            }
        }
    }

    private static void rings(JsonNode polygon, Path2D.Double path) {
        for (JsonNode ring : polygon) {
            boolean first = true;
            for (JsonNode position : ring) {
                Point2D xy = xy(position.path(1).asDouble(), position.path(0).asDouble());
                if (first) {
                    path.moveTo(xy.getX(), xy.getY());
                    first = false;
                } else {
                    path.lineTo(xy.getX(), xy.getY());
                }
            }
            if (!first) {
                path.closePath();
            }
        }
    }

    // ---- Strokes and fonts --------------------------------------------------------------------

    private static final class Stroke {
        final BasicStroke thin = new BasicStroke(1.6f);
        final BasicStroke pocket = new BasicStroke(3f);
        final BasicStroke coast = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        final BasicStroke front = new BasicStroke(6.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        final BasicStroke approximate = new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {15f, 10f}, 0f);
        final BasicStroke parallel = new BasicStroke(2.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3f, 7f}, 0f);
        final BasicStroke halo = new BasicStroke(7f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /**
     * The packet's own fonts, for the words in the picture: Noto Sans where it has every letter,
     * Nanum Gothic for Hangul. A machine's own fonts are never used, so a picture looks the same
     * everywhere.
     */
    private record Fonts(Font notoRegular, Font notoBold, Font nanumRegular, Font nanumBold) {

        static final Fonts INSTANCE = load();

        private static Fonts load() {
            Font notoRegular = font(PacketFonts.NOTO_REGULAR);
            Font notoBold = font(PacketFonts.NOTO_BOLD);
            Font nanumRegular = font(PacketFonts.NANUM_REGULAR);
            Font nanumBold = font(PacketFonts.NANUM_BOLD);
            return new Fonts(notoRegular, notoBold, nanumRegular, nanumBold);
        }

        private static Font font(PacketFonts.FontFile file) {
            try (InputStream in = file.open()) {
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | FontFormatException e) {
                throw new IllegalStateException("The packet font " + file.resource() + " cannot be read", e);
            }
        }

        Font regular(String text, float size) {
            return (notoRegular.canDisplayUpTo(text) == -1 ? notoRegular : nanumRegular).deriveFont(size);
        }

        Font bold(String text, float size) {
            return (notoBold.canDisplayUpTo(text) == -1 ? notoBold : nanumBold).deriveFont(size);
        }
    }
}
