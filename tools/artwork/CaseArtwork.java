package org.wuzhenkiosk.tools;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Generates the poster artwork for the kiosk's cooperation cases.
 *
 * <p>Every image is drawn from scratch with Java2D (no third-party material), in the kiosk palette
 * only. All posters share one layout: a dot-grid night sky, a large "surface" disc behind the
 * focal motif, a jade horizon line at 65 % height and a calm, canal-like lower band in which the
 * motif is faintly reflected (the kiosk overlays titles there). The images contain no text.
 *
 * <p>Run with {@code java src/test/java/org/wuzhenkiosk/tools/CaseArtwork.java [outputDir]};
 * the output directory defaults to {@code resources/media/cases}. Output is deterministic.
 */
public final class CaseArtwork {

    public static final int W = 1200;
    public static final int H = 750;
    /** Horizon line; everything below it is the calm "canal" band. */
    static final int HZ = 488;

    static final Color INK = new Color(0x0E1B2C);
    static final Color SURFACE = new Color(0x16283F);
    static final Color PAPER = new Color(0xF4EFE6);
    static final Color MUTED = new Color(0xA9B4C2);
    static final Color JADE = new Color(0x2BB3A3);
    static final Color AMBER = new Color(0xF2A93B);
    static final Color VERMILION = new Color(0xD9534F);
    static final Color SKY = new Color(0x5AA9E6);

    static final float HAIR = 1.5f;
    static final float THIN = 2.5f;
    static final float LINE = 4f;
    static final float BOLD = 7f;

    /** Centre and radius of the common backdrop disc. */
    static final double CX = 720;
    static final double CY = 250;
    static final double R = 205;

    interface Painter {
        void paint(Graphics2D g);
    }

    record Case(String id, double reflection, double reach, Painter painter) {
    }

    private CaseArtwork() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File out = new File(args.length > 0 ? args[0] : "resources/media/cases");
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new IOException("cannot create " + out);
        }
        List<Case> cases = List.of(
                new Case("th-5g-smart-hospital", 0.20, 0.55, CaseArtwork::hospital),
                new Case("digital-uganda", 0.24, 0.55, CaseArtwork::uganda),
                new Case("cbers-amazon", 0.20, 0.55, CaseArtwork::amazon),
                new Case("rainforest-acoustic-monitoring", 0.20, 0.55, CaseArtwork::acoustic),
                new Case("beidou-sarez-lake", 0.24, 0.55, CaseArtwork::beidou),
                new Case("macao-eu-research-data", 0.16, 0.55, CaseArtwork::macao),
                new Case("asian-digital-art-exhibition", 0.15, 0.5, CaseArtwork::digitalArt),
                new Case("belt-road-digital-economy", 0.18, 0.55, CaseArtwork::beltRoad),
                new Case("alibaba-digital-village-itc", 0.20, 0.55, CaseArtwork::coffee),
                new Case("straight-to-wuzhen", 0.30, 0.72, CaseArtwork::straightToWuzhen),
                new Case("light-of-internet-expo", 0.26, 0.55, CaseArtwork::lightExpo));
        for (Case c : cases) {
            BufferedImage img = render(c);
            File f = new File(out, c.id() + ".png");
            if (!ImageIO.write(img, "png", f)) {
                throw new IOException("no PNG writer");
            }
            System.out.printf("%-34s %7d bytes%n", f.getName(), f.length());
        }
    }

    /** Renders one poster with the shared frame around the case-specific motif. */
    static BufferedImage render(Case c) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = setup(img);
        background(g);
        Graphics2D m = (Graphics2D) g.create();
        m.clip(new Rectangle2D.Double(0, 0, W, HZ));
        c.painter().paint(m);
        m.dispose();
        reflect(img, c.reflection(), c.reach());
        g = setup(img);
        frame(g);
        g.dispose();
        return img;
    }

    static Graphics2D setup(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    // ------------------------------------------------------------------ shared frame

    static void background(Graphics2D g) {
        g.setColor(INK);
        g.fillRect(0, 0, W, H);
        g.setColor(a(MUTED, 0.16));
        for (int y = 30; y < HZ - 12; y += 30) {
            for (int x = 30; x < W; x += 30) {
                g.fill(circle(x, y, 1.3));
            }
        }
    }

    /** The common backdrop disc with two faint orbit rings. */
    static void disc(Graphics2D g) {
        disc(g, SURFACE);
    }

    static void disc(Graphics2D g, Color fill) {
        g.setColor(fill);
        g.fill(circle(CX, CY, R));
        stroke(g, a(SURFACE, 1), HAIR);
        g.draw(circle(CX, CY, R + 36));
        g.setStroke(new BasicStroke(HAIR, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {2f, 8f}, 0f));
        g.setColor(mix(INK, MUTED, 0.22));
        g.draw(circle(CX, CY, R + 72));
    }

    /**
     * Mirrors the band above the horizon into the canal band: a stepped alpha fade, small
     * alternating shifts and dark ripple gaps. {@code reach} is the fraction of the band used.
     */
    static void reflect(BufferedImage img, double strength, double reach) {
        int depth = H - HZ;
        BufferedImage copy = new BufferedImage(W, depth, BufferedImage.TYPE_INT_RGB);
        Graphics2D cg = copy.createGraphics();
        cg.drawImage(img.getSubimage(0, HZ - depth, W, depth), 0, 0, null);
        cg.dispose();
        Graphics2D g = img.createGraphics();
        for (int dy = 1; dy < depth; dy++) {
            double t = dy / (reach * depth);
            if (t >= 1) {
                break;
            }
            int band = dy / 9;
            if (dy % 9 >= 7) {
                continue; // ripple gaps
            }
            double alpha = strength * Math.pow(1 - t, 1.4);
            alpha = Math.round(alpha * 32) / 32.0; // stepped fade keeps colours flat
            if (alpha <= 0) {
                continue;
            }
            int shift = (band % 2 == 0 ? 1 : -1) * (int) Math.round(1 + 5 * t);
            int srcY = depth - dy;
            g.setComposite(AlphaComposite.SrcOver.derive((float) alpha));
            g.drawImage(copy, shift, HZ + dy, W + shift, HZ + dy + 1, 0, srcY, W, srcY + 1, null);
        }
        g.dispose();
    }

    static void frame(Graphics2D g) {
        // jade horizon with an amber signature tick
        g.setColor(JADE);
        g.fill(new Rectangle2D.Double(0, HZ - 1, W, 2));
        g.setColor(AMBER);
        g.fill(new Rectangle2D.Double(64, HZ - 2.5, 56, 5));
        // registration crosses in the upper corners
        stroke(g, a(MUTED, 0.55), HAIR);
        for (double x : new double[] {40, W - 40}) {
            g.draw(new Line2D.Double(x - 8, 40, x + 8, 40));
            g.draw(new Line2D.Double(x, 32, x, 48));
        }
        // scale ticks on the horizon
        g.setColor(a(JADE, 0.7));
        for (int x = 200; x < W; x += 100) {
            g.fill(new Rectangle2D.Double(x - 1, HZ + 1, 2, 7));
        }
    }

    // ------------------------------------------------------------------ helpers

    static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    static Color a(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * alpha));
    }

    static Color mix(Color c1, Color c2, double t) {
        return new Color(
                (int) Math.round(c1.getRed() + (c2.getRed() - c1.getRed()) * t),
                (int) Math.round(c1.getGreen() + (c2.getGreen() - c1.getGreen()) * t),
                (int) Math.round(c1.getBlue() + (c2.getBlue() - c1.getBlue()) * t));
    }

    static void stroke(Graphics2D g, Color c, float w) {
        g.setColor(c);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    static void dashed(Graphics2D g, Color c, float w, float on, float off) {
        g.setColor(c);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {on, off}, 0f));
    }

    /** A pointed leaf / petal shape of the given length and width, pointing along angle. */
    static Shape leaf(double x, double y, double len, double wid, double angle) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, 0);
        p.quadTo(len * 0.5, -wid, len, 0);
        p.quadTo(len * 0.5, wid, 0, 0);
        p.closePath();
        AffineTransform t = new AffineTransform();
        t.translate(x, y);
        t.rotate(angle);
        return t.createTransformedShape(p);
    }

    /** Four-pointed star. */
    static Shape star(double x, double y, double r) {
        Path2D p = new Path2D.Double();
        double k = r * 0.22;
        p.moveTo(x, y - r);
        p.quadTo(x + k, y - k, x + r, y);
        p.quadTo(x + k, y + k, x, y + r);
        p.quadTo(x - k, y + k, x - r, y);
        p.quadTo(x - k, y - k, x, y - r);
        p.closePath();
        return p;
    }

    static Point2D polar(double cx, double cy, double r, double deg) {
        double rad = Math.toRadians(deg);
        return new Point2D.Double(cx + r * Math.cos(rad), cy - r * Math.sin(rad));
    }

    /** Row of overlapping round crowns along the horizon (forest edge). */
    static void canopy(Graphics2D g, Random rnd, double x0, double x1, double base, double rMin,
            double rMax, Color c) {
        g.setColor(c);
        double x = x0;
        while (x < x1) {
            double r = rMin + rnd.nextDouble() * (rMax - rMin);
            g.fill(circle(x, base - r * 0.55, r));
            x += r * (0.8 + rnd.nextDouble() * 0.5);
        }
        g.fill(new Rectangle2D.Double(x0 - rMax, base - rMin * 0.6, x1 - x0 + 2 * rMax, HZ - base + rMin));
    }

    // ------------------------------------------------------------------ cases

    /** 5G signal arcs over a hospital with a medical cross, Bangkok prangs in the distance. */
    static void hospital(Graphics2D g) {
        disc(g);
        Color far = mix(INK, MUTED, 0.16);
        Color far2 = mix(INK, MUTED, 0.11);
        // distant Bangkok skyline
        g.setColor(far2);
        double[][] towers = {{880, 150}, {925, 215}, {985, 120}, {1030, 180}, {1085, 95}, {1120, 140}};
        for (double[] t : towers) {
            g.fill(new Rectangle2D.Double(t[0], HZ - t[1], 40, t[1]));
        }
        g.fill(new Rectangle2D.Double(860, HZ - 60, 300, 60));
        prang(g, 395, 1.0, far);
        prang(g, 275, 0.58, far2);
        prang(g, 515, 0.58, far2);

        // hospital building
        Color wing = mix(SURFACE, MUTED, 0.30);
        Color tower = mix(SURFACE, MUTED, 0.42);
        g.setColor(wing);
        g.fill(new Rectangle2D.Double(585, HZ - 150, 290, 150));
        g.setColor(tower);
        g.fill(new Rectangle2D.Double(665, HZ - 250, 130, 250));
        g.setColor(mix(SURFACE, MUTED, 0.55));
        g.fill(new Rectangle2D.Double(655, HZ - 256, 150, 10));
        g.fill(new Rectangle2D.Double(577, HZ - 156, 88, 8));
        g.fill(new Rectangle2D.Double(795, HZ - 156, 88, 8));
        // windows
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 3; col++) {
                double y = HZ - 130 + row * 28;
                boolean lit = (row * 7 + col * 3) % 5 == 1;
                g.setColor(lit ? AMBER : mix(SURFACE, PAPER, 0.55));
                g.fill(new Rectangle2D.Double(600 + col * 20, y, 11, 14));
                lit = (row * 5 + col * 11) % 4 == 2;
                g.setColor(lit ? AMBER : mix(SURFACE, PAPER, 0.55));
                g.fill(new Rectangle2D.Double(814 + col * 20, y, 11, 14));
            }
        }
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                boolean lit = (row * 3 + col) % 5 == 3;
                g.setColor(lit ? AMBER : mix(SURFACE, PAPER, 0.6));
                g.fill(new Rectangle2D.Double(683 + col * 26, HZ - 140 + row * 30, 16, 16));
            }
        }
        // entrance canopy
        g.setColor(JADE);
        g.fill(new RoundRectangle2D.Double(690, HZ - 40, 80, 10, 6, 6));
        g.setColor(mix(INK, SURFACE, 0.5));
        g.fill(new Rectangle2D.Double(705, HZ - 30, 50, 30));
        // medical cross
        g.setColor(VERMILION);
        g.fill(new RoundRectangle2D.Double(690, HZ - 232, 80, 80, 18, 18));
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(720, HZ - 220, 20, 56, 5, 5));
        g.fill(new RoundRectangle2D.Double(702, HZ - 202, 56, 20, 5, 5));

        // 5G mast and signal arcs
        double mx = 730;
        double top = HZ - 340;
        stroke(g, PAPER, THIN);
        g.draw(new Line2D.Double(mx, HZ - 256, mx, top));
        g.draw(new Line2D.Double(mx - 14, HZ - 256, mx, top + 40));
        g.draw(new Line2D.Double(mx + 14, HZ - 256, mx, top + 40));
        g.setColor(JADE);
        g.fill(circle(mx, top, 8));
        for (int i = 1; i <= 4; i++) {
            double r = 22 + i * 30;
            stroke(g, a(JADE, 1.0 - i * 0.17), LINE);
            g.draw(new Arc2D.Double(mx - r, top - r, 2 * r, 2 * r, 140, 80, Arc2D.OPEN));
            g.draw(new Arc2D.Double(mx - r, top - r, 2 * r, 2 * r, -40, 80, Arc2D.OPEN));
        }
        // heartbeat line feeding the mast
        Path2D ecg = new Path2D.Double();
        double y0 = 120;
        ecg.moveTo(90, y0);
        ecg.lineTo(300, y0);
        ecg.lineTo(318, y0 - 22);
        ecg.lineTo(334, y0 + 40);
        ecg.lineTo(356, y0 - 62);
        ecg.lineTo(376, y0 + 18);
        ecg.lineTo(390, y0);
        ecg.lineTo(560, y0);
        stroke(g, VERMILION, THIN);
        g.draw(ecg);
        dashed(g, a(VERMILION, 0.8), THIN, 1, 9);
        g.draw(new Line2D.Double(572, y0, 584, y0));
        g.setColor(VERMILION);
        g.fill(circle(90, y0, 5));
    }

    static void prang(Graphics2D g, double x, double s, Color c) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - 62 * s, HZ);
        p.lineTo(x - 50 * s, HZ - 36 * s);
        p.lineTo(x - 40 * s, HZ - 36 * s);
        p.lineTo(x - 34 * s, HZ - 84 * s);
        p.lineTo(x - 26 * s, HZ - 84 * s);
        p.quadTo(x - 24 * s, HZ - 170 * s, x - 3 * s, HZ - 200 * s);
        p.lineTo(x, HZ - 236 * s);
        p.lineTo(x + 3 * s, HZ - 200 * s);
        p.quadTo(x + 24 * s, HZ - 170 * s, x + 26 * s, HZ - 84 * s);
        p.lineTo(x + 34 * s, HZ - 84 * s);
        p.lineTo(x + 40 * s, HZ - 36 * s);
        p.lineTo(x + 50 * s, HZ - 36 * s);
        p.lineTo(x + 62 * s, HZ);
        p.closePath();
        g.setColor(c);
        g.fill(p);
        g.setColor(INK);
        for (int i = 1; i <= 3; i++) {
            double y = HZ - 84 * s - i * 26 * s;
            g.fill(new Rectangle2D.Double(x - 30 * s, y, 60 * s, 2.2 * s + 0.8));
        }
    }

    /** Rising sun, a network of learners and dotted rays of many trainees. */
    static void uganda(Graphics2D g) {
        disc(g);
        double sx = CX;
        double sy = HZ;
        // dotted rays: thousands trained
        for (int k = 0; k <= 12; k++) {
            double ang = 15 * k;
            if (ang < 8 || ang > 172) {
                continue;
            }
            for (double r = 200; r < 300; r += 15) {
                Point2D p = polar(sx, sy, r, ang);
                double t = (r - 200) / 100;
                g.setColor(a(AMBER, 0.85 - t * 0.55));
                g.fill(circle(p.getX(), p.getY(), 3.2 - t * 1.2));
            }
        }
        // sun
        g.setColor(AMBER);
        g.fill(new Arc2D.Double(sx - 165, sy - 165, 330, 330, 0, 180, Arc2D.PIE));
        g.setColor(INK);
        double[][] cuts = {{HZ - 16, 9}, {HZ - 40, 7}, {HZ - 62, 5}, {HZ - 82, 3}};
        for (double[] c : cuts) {
            g.fill(new Rectangle2D.Double(sx - 170, c[0], 340, c[1]));
        }
        // people network
        double[] angles = {22, 46, 70, 90, 110, 134, 158};
        double rr = 345;
        List<Point2D> people = new ArrayList<>();
        for (double ang : angles) {
            people.add(polar(sx, sy, rr, ang));
        }
        Point2D hub = new Point2D.Double(sx, sy - 225);
        stroke(g, a(JADE, 0.75), HAIR);
        for (Point2D p : people) {
            g.draw(new Line2D.Double(hub.getX(), hub.getY(), p.getX(), p.getY() + 10));
        }
        stroke(g, JADE, THIN);
        for (int i = 0; i + 1 < people.size(); i++) {
            Point2D p = people.get(i);
            Point2D q = people.get(i + 1);
            g.draw(new Line2D.Double(p.getX(), p.getY() + 10, q.getX(), q.getY() + 10));
        }
        for (int i = 0; i < people.size(); i++) {
            Point2D p = people.get(i);
            Color c = i == 3 ? AMBER : (i % 2 == 0 ? PAPER : JADE);
            person(g, p.getX(), p.getY(), 1.0, c);
        }
        // open book at the hub
        book(g, hub.getX(), hub.getY(), 1.0);
    }

    static void person(Graphics2D g, double x, double y, double s, Color c) {
        g.setColor(INK);
        g.fill(circle(x, y + 6 * s, 30 * s));
        g.setColor(c);
        g.fill(circle(x, y - 6 * s, 9 * s));
        g.fill(new Arc2D.Double(x - 18 * s, y + 6 * s, 36 * s, 36 * s, 0, 180, Arc2D.CHORD));
    }

    static void book(Graphics2D g, double x, double y, double s) {
        g.setColor(INK);
        g.fill(circle(x, y, 52 * s));
        stroke(g, JADE, THIN);
        g.draw(circle(x, y, 52 * s));
        Path2D left = new Path2D.Double();
        left.moveTo(x - 2 * s, y - 14 * s);
        left.quadTo(x - 18 * s, y - 24 * s, x - 34 * s, y - 20 * s);
        left.lineTo(x - 34 * s, y + 18 * s);
        left.quadTo(x - 18 * s, y + 14 * s, x - 2 * s, y + 22 * s);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(x + 2 * s, y - 14 * s);
        right.quadTo(x + 18 * s, y - 24 * s, x + 34 * s, y - 20 * s);
        right.lineTo(x + 34 * s, y + 18 * s);
        right.quadTo(x + 18 * s, y + 14 * s, x + 2 * s, y + 22 * s);
        right.closePath();
        g.setColor(PAPER);
        g.fill(left);
        g.fill(right);
        stroke(g, mix(PAPER, MUTED, 0.7), HAIR);
        for (int i = 0; i < 3; i++) {
            double yy = y - 8 * s + i * 9 * s;
            g.draw(new Line2D.Double(x - 28 * s, yy - 2 * s, x - 9 * s, yy));
            g.draw(new Line2D.Double(x + 9 * s, yy, x + 28 * s, yy - 2 * s));
        }
    }

    /** CBERS satellite orbiting an Earth-observation disc of rainforest crossed by a river. */
    static void amazon(Graphics2D g) {
        Random rnd = new Random(3);
        AffineTransform tilt = AffineTransform.getRotateInstance(Math.toRadians(-14), CX, CY);
        Shape orbitBack = tilt.createTransformedShape(
                new Arc2D.Double(CX - 330, CY - 86, 660, 172, 0, 180, Arc2D.OPEN));
        Shape orbitFront = tilt.createTransformedShape(
                new Arc2D.Double(CX - 330, CY - 86, 660, 172, 180, 180, Arc2D.OPEN));
        // orbit (back half, behind the disc)
        dashed(g, a(MUTED, 0.5), HAIR, 3, 9);
        g.draw(orbitBack);
        // observed disc: forest from above
        disc(g, mix(INK, JADE, 0.20));
        Graphics2D d = (Graphics2D) g.create();
        d.clip(circle(CX, CY, R));
        Color[] greens = {mix(INK, JADE, 0.28), mix(INK, JADE, 0.36), mix(INK, JADE, 0.46)};
        for (int i = 0; i < 260; i++) {
            double x = CX - R + rnd.nextDouble() * 2 * R;
            double y = CY - R + rnd.nextDouble() * 2 * R;
            d.setColor(greens[rnd.nextInt(greens.length)]);
            d.fill(circle(x, y, 9 + rnd.nextDouble() * 14));
        }
        Path2D river = new Path2D.Double();
        river.moveTo(CX - R - 20, CY - 70);
        river.curveTo(CX - 120, CY - 120, CX - 90, CY + 10, CX - 20, CY - 10);
        river.curveTo(CX + 60, CY - 35, CX + 70, CY + 80, CX + 130, CY + 60);
        river.curveTo(CX + 170, CY + 45, CX + 190, CY + 90, CX + R + 20, CY + 110);
        Path2D trib = new Path2D.Double();
        trib.moveTo(CX - 20, CY - 10);
        trib.curveTo(CX - 10, CY - 80, CX + 50, CY - 110, CX + 40, CY - R - 10);
        Path2D trib2 = new Path2D.Double();
        trib2.moveTo(CX + 130, CY + 60);
        trib2.curveTo(CX + 110, CY + 120, CX + 40, CY + 140, CX + 20, CY + R + 10);
        stroke(d, mix(INK, SKY, 0.35), 26);
        d.draw(river);
        stroke(d, SKY, 12);
        d.draw(river);
        stroke(d, SKY, 5);
        d.draw(trib);
        d.draw(trib2);
        // scan swath
        d.setColor(a(PAPER, 0.10));
        d.fill(new Rectangle2D.Double(CX - 70, CY - R, 140, 2 * R));
        stroke(d, a(PAPER, 0.5), HAIR);
        d.draw(new Line2D.Double(CX - 70, CY - R, CX - 70, CY + R));
        d.draw(new Line2D.Double(CX + 70, CY - R, CX + 70, CY + R));
        d.dispose();
        stroke(g, JADE, THIN);
        g.draw(circle(CX, CY, R));
        // forest edge on the horizon
        canopy(g, rnd, -20, W + 20, HZ + 6, 16, 34, mix(INK, JADE, 0.17));
        canopy(g, rnd, -30, W + 30, HZ + 14, 12, 24, mix(INK, JADE, 0.26));
        // orbit (front half) and the satellite on it
        stroke(g, a(MUTED, 0.8), HAIR);
        g.draw(orbitFront);
        double ang = Math.toRadians(198);
        Point2D sp = tilt.transform(new Point2D.Double(CX + 330 * Math.cos(ang), CY - 86 * Math.sin(ang)), null);
        satellite(g, sp.getX(), sp.getY(), 1.25, -20);
    }

    static void satellite(Graphics2D g, double x, double y, double s, double deg) {
        Graphics2D t = (Graphics2D) g.create();
        t.translate(x, y);
        t.rotate(Math.toRadians(deg));
        t.scale(s, s);
        for (int side = -1; side <= 1; side += 2) {
            double px = side < 0 ? -100 : 32;
            t.setColor(INK);
            t.fill(new RoundRectangle2D.Double(px - 5, -19, 78, 38, 8, 8));
            t.setColor(SKY);
            t.fill(new Rectangle2D.Double(px, -14, 68, 28));
            stroke(t, INK, HAIR);
            for (int i = 1; i < 4; i++) {
                t.draw(new Line2D.Double(px + i * 17, -14, px + i * 17, 14));
            }
            t.draw(new Line2D.Double(px, 0, px + 68, 0));
            stroke(t, PAPER, THIN);
            t.draw(new Line2D.Double(side < 0 ? -32 : 22, 0, side < 0 ? -22 : 32, 0));
        }
        t.setColor(PAPER);
        t.fill(new RoundRectangle2D.Double(-22, -20, 44, 40, 8, 8));
        t.setColor(AMBER);
        t.fill(new Rectangle2D.Double(-22, 6, 44, 6));
        stroke(t, PAPER, THIN);
        t.draw(new Line2D.Double(0, 20, 0, 32));
        t.fill(new Arc2D.Double(-12, 26, 24, 16, 180, 180, Arc2D.CHORD));
        t.dispose();
    }

    /** A rainforest tree carrying a listening device; sound waves become a waveform with an alert. */
    static void acoustic(Graphics2D g) {
        disc(g);
        Random rnd = new Random(11);
        canopy(g, rnd, -20, W + 20, HZ + 4, 18, 40, mix(INK, JADE, 0.14));
        canopy(g, rnd, -20, W + 20, HZ + 12, 12, 24, mix(INK, JADE, 0.22));
        double tx = 430;
        // trunk
        Path2D trunk = new Path2D.Double();
        trunk.moveTo(tx - 46, HZ);
        trunk.quadTo(tx - 18, HZ - 30, tx - 16, HZ - 120);
        trunk.lineTo(tx - 11, HZ - 330);
        trunk.lineTo(tx + 11, HZ - 330);
        trunk.lineTo(tx + 16, HZ - 120);
        trunk.quadTo(tx + 18, HZ - 30, tx + 46, HZ);
        trunk.closePath();
        g.setColor(mix(INK, MUTED, 0.38));
        g.fill(trunk);
        stroke(g, mix(INK, MUTED, 0.38), LINE);
        g.draw(new QuadCurve2D.Double(tx, HZ - 250, tx - 40, HZ - 280, tx - 70, HZ - 330));
        g.draw(new QuadCurve2D.Double(tx, HZ - 280, tx + 40, HZ - 300, tx + 80, HZ - 345));
        // crown
        double[][] crown = {
            {tx - 95, 150, 52}, {tx + 95, 150, 50}, {tx - 40, 112, 62}, {tx + 40, 118, 60},
            {tx, 90, 58}, {tx - 70, 175, 40}, {tx + 70, 178, 42}, {tx, 150, 56}};
        Color[] tones = {mix(INK, JADE, 0.45), mix(INK, JADE, 0.60), mix(INK, JADE, 0.78)};
        for (int layer = 0; layer < 3; layer++) {
            g.setColor(tones[layer]);
            for (double[] c : crown) {
                double r = c[2] * (1 - layer * 0.22);
                g.fill(circle(c[0] - layer * 6, c[1] - layer * 8, r));
            }
        }
        // listening device strapped to the trunk
        double dx = tx + 14;
        double dy = 290;
        stroke(g, AMBER, THIN);
        g.draw(new Line2D.Double(tx - 12, dy - 14, dx + 4, dy - 14));
        g.setColor(SKY);
        Path2D panel = new Path2D.Double();
        panel.moveTo(dx, dy - 48);
        panel.lineTo(dx + 40, dy - 58);
        panel.lineTo(dx + 44, dy - 44);
        panel.lineTo(dx + 4, dy - 34);
        panel.closePath();
        g.fill(panel);
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(dx, dy - 30, 34, 56, 8, 8));
        g.setColor(INK);
        g.fill(circle(dx + 17, dy + 8, 8));
        g.setColor(JADE);
        g.fill(circle(dx + 17, dy + 8, 4));
        g.setColor(VERMILION);
        g.fill(circle(dx + 26, dy - 20, 3));
        // sound waves
        double ox = dx + 34;
        for (int i = 1; i <= 5; i++) {
            double r = 18 + i * 34;
            stroke(g, a(JADE, 1.0 - i * 0.14), LINE);
            g.draw(new Arc2D.Double(ox - r, dy - r, 2 * r, 2 * r, -38, 76, Arc2D.OPEN));
        }
        // waveform with a highlighted alert
        double x0 = 640;
        for (int i = 0; i < 38; i++) {
            double x = x0 + i * 12;
            double env = Math.sin(Math.PI * i / 37.0);
            double h = 10 + 70 * env * (0.45 + 0.55 * Math.abs(Math.sin(i * 1.9) * Math.cos(i * 0.7)));
            boolean alert = i >= 24 && i <= 29;
            if (alert) {
                h = 60 + 36 * Math.abs(Math.sin(i * 2.3));
            }
            g.setColor(alert ? VERMILION : (i % 5 == 2 ? PAPER : JADE));
            g.fill(new RoundRectangle2D.Double(x - 3, dy - h, 6, 2 * h, 6, 6));
        }
        stroke(g, a(VERMILION, 0.9), HAIR);
        g.draw(new RoundRectangle2D.Double(x0 + 24 * 12 - 14, dy - 118, 5 * 12 + 28, 236, 14, 14));
        // birds
        stroke(g, PAPER, THIN);
        bird(g, 600, 120, 1.0);
        bird(g, 650, 92, 0.7);
    }

    static void bird(Graphics2D g, double x, double y, double s) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - 16 * s, y - 4 * s);
        p.quadTo(x - 8 * s, y - 10 * s, x, y + 2 * s);
        p.quadTo(x + 8 * s, y - 10 * s, x + 16 * s, y - 4 * s);
        g.draw(p);
    }

    /** BeiDou "Big Dipper" satellites above the Pamirs, watching Lake Sarez and its dam. */
    static void beidou(Graphics2D g) {
        disc(g);
        double[][] dipper = {
            {430, 150}, {520, 112}, {600, 122}, {668, 160}, {690, 246}, {836, 262}, {866, 172}};
        // mountains
        Color back = mix(INK, MUTED, 0.16);
        Color front = mix(INK, MUTED, 0.28);
        double[] backRidge = {0, 340, 90, 290, 170, 330, 260, 250, 340, 320, 430, 230, 520, 300,
            600, 350, 660, 372, 730, 352, 800, 384, 870, 346, 940, 380, 990, 350, 1040, 250, 1110, 300,
            1160, 240, 1200, 280};
        g.setColor(back);
        g.fill(ridge(backRidge));
        double[] frontRidge = {0, 420, 60, 380, 150, 410, 230, 330, 300, 400, 380, 340, 470, 410,
            530, 372, 590, 440, 640, HZ, 1000, HZ, 1030, 400, 1080, 330, 1150, 400, 1200, 380};
        g.setColor(front);
        g.fill(ridge(frontRidge));
        // snow caps
        g.setColor(PAPER);
        snow(g, 260, 250, 22, 40);
        snow(g, 430, 230, 26, 44);
        snow(g, 1040, 250, 18, 32);
        snow(g, 1160, 240, 16, 28);
        g.setColor(mix(PAPER, MUTED, 0.4));
        snow(g, 230, 330, 16, 26);
        snow(g, 1080, 330, 18, 30);
        // lake
        Path2D lake = new Path2D.Double();
        lake.moveTo(610, HZ - 34);
        lake.quadTo(800, HZ - 46, 990, HZ - 36);
        lake.quadTo(1024, HZ - 18, 1012, HZ);
        lake.lineTo(630, HZ);
        lake.closePath();
        g.setColor(mix(INK, SKY, 0.55));
        g.fill(lake);
        stroke(g, a(PAPER, 0.45), HAIR);
        for (int i = 0; i < 3; i++) {
            double y = HZ - 30 + i * 10;
            g.draw(new Line2D.Double(700 + i * 40, y, 860 + i * 30, y));
        }
        // natural dam (Usoi)
        Path2D dam = new Path2D.Double();
        dam.moveTo(520, HZ);
        dam.lineTo(575, HZ - 58);
        dam.lineTo(630, HZ - 58);
        dam.lineTo(660, HZ);
        dam.closePath();
        g.setColor(mix(INK, MUTED, 0.42));
        g.fill(dam);
        stroke(g, mix(INK, MUTED, 0.55), HAIR);
        for (int i = 1; i <= 3; i++) {
            g.draw(new Line2D.Double(525 + i * 10, HZ - i * 14, 650 - i * 6, HZ - i * 14));
        }
        // monitoring receiver on the dam
        double rx = 602;
        double ry = HZ - 58;
        // signals
        dashed(g, a(AMBER, 0.85), THIN, 2, 8);
        for (int k : new int[] {3, 4, 6}) {
            double dx = dipper[k][0] - rx;
            double dy = dipper[k][1] - (ry - 26);
            double len = Math.hypot(dx, dy);
            g.draw(new Line2D.Double(rx + dx * 20 / len, ry - 26 + dy * 20 / len,
                    dipper[k][0] - dx * 26 / len, dipper[k][1] - dy * 26 / len));
        }
        stroke(g, PAPER, THIN);
        g.draw(new Line2D.Double(rx, ry, rx, ry - 22));
        g.setColor(AMBER);
        g.fill(circle(rx, ry - 26, 7));
        stroke(g, a(AMBER, 0.6), HAIR);
        g.draw(circle(rx, ry - 26, 15));
        // constellation lines
        stroke(g, a(MUTED, 0.6), HAIR);
        Path2D lines = new Path2D.Double();
        lines.moveTo(dipper[0][0], dipper[0][1]);
        for (int i = 1; i < dipper.length; i++) {
            lines.lineTo(dipper[i][0], dipper[i][1]);
        }
        lines.lineTo(dipper[3][0], dipper[3][1]);
        g.draw(lines);
        for (int i = 0; i < dipper.length; i++) {
            double x = dipper[i][0];
            double y = dipper[i][1];
            g.setColor(SURFACE);
            g.fill(circle(x, y, 22));
            stroke(g, a(JADE, 0.9), HAIR);
            g.draw(circle(x, y, 22));
            g.setColor(i == 6 ? AMBER : PAPER);
            g.fill(star(x, y, 16));
        }
    }

    static Shape ridge(double[] pts) {
        Path2D p = new Path2D.Double();
        p.moveTo(pts[0], HZ);
        for (int i = 0; i < pts.length; i += 2) {
            p.lineTo(pts[i], pts[i + 1]);
        }
        p.lineTo(pts[pts.length - 2], HZ);
        p.closePath();
        return p;
    }

    static void snow(Graphics2D g, double x, double y, double w, double h) {
        Path2D p = new Path2D.Double();
        p.moveTo(x, y);
        p.lineTo(x + w, y + h * 0.8);
        p.lineTo(x + w * 0.4, y + h * 0.6);
        p.lineTo(x, y + h);
        p.lineTo(x - w * 0.5, y + h * 0.55);
        p.lineTo(x - w, y + h * 0.8);
        p.closePath();
        g.fill(p);
    }

    /** Two research nodes, west and east, joined by data streams through a secure lock. */
    static void macao(Graphics2D g) {
        disc(g);
        double lx = 330;
        double rx = 1110;
        double ny = 250;
        // data streams
        double[] bends = {-150, -80, 0, 80, 150};
        Color[] cols = {SKY, JADE, PAPER, JADE, SKY};
        for (int i = 0; i < bends.length; i++) {
            double b = bends[i];
            CubicCurve2D c = new CubicCurve2D.Double(lx, ny, lx + 200, ny + b * 1.3, rx - 200,
                    ny + b * 1.3, rx, ny);
            stroke(g, a(cols[i], i == 2 ? 0.55 : 0.75), i == 2 ? HAIR : THIN);
            g.draw(c);
            for (int k = 1; k < 9; k++) {
                double t = k / 9.0 + (i % 2) * 0.04;
                Point2D p = cubic(c, t);
                g.setColor(k % 4 == i % 4 ? AMBER : cols[i]);
                g.fill(new Rectangle2D.Double(p.getX() - 4, p.getY() - 4, 8, 8));
            }
        }
        // west node: ring of research stars
        node(g, lx, ny);
        for (int i = 0; i < 12; i++) {
            Point2D p = polar(lx, ny, 40, i * 30);
            g.setColor(AMBER);
            g.fill(star(p.getX(), p.getY(), 7));
        }
        // east node: lotus
        node(g, rx, ny);
        g.setColor(JADE);
        g.fill(leaf(rx, ny + 18, 50, 13, Math.toRadians(-90)));
        g.fill(leaf(rx - 2, ny + 18, 44, 12, Math.toRadians(-135)));
        g.fill(leaf(rx + 2, ny + 18, 44, 12, Math.toRadians(-45)));
        stroke(g, PAPER, THIN);
        g.draw(new Line2D.Double(rx - 28, ny + 26, rx + 28, ny + 26));
        g.draw(new Line2D.Double(rx - 16, ny + 34, rx + 16, ny + 34));
        // secure lock in the middle
        g.setColor(INK);
        g.fill(circle(CX, CY, 92));
        stroke(g, a(JADE, 0.8), HAIR);
        g.draw(circle(CX, CY, 92));
        stroke(g, PAPER, 12);
        g.draw(new Arc2D.Double(CX - 30, CY - 62, 60, 70, 0, 180, Arc2D.OPEN));
        g.draw(new Line2D.Double(CX - 30, CY - 27, CX - 30, CY - 10));
        g.draw(new Line2D.Double(CX + 30, CY - 27, CX + 30, CY - 10));
        g.setColor(AMBER);
        g.fill(new RoundRectangle2D.Double(CX - 50, CY - 14, 100, 76, 16, 16));
        g.setColor(INK);
        g.fill(circle(CX, CY + 14, 10));
        g.fill(new RoundRectangle2D.Double(CX - 4.5, CY + 14, 9, 28, 4, 4));
    }

    static void node(Graphics2D g, double x, double y) {
        g.setColor(INK);
        g.fill(circle(x, y, 70));
        g.setColor(mix(INK, SKY, 0.16));
        g.fill(circle(x, y, 62));
        stroke(g, SKY, THIN);
        g.draw(circle(x, y, 62));
        stroke(g, a(SKY, 0.4), HAIR);
        g.draw(circle(x, y, 76));
    }

    static Point2D cubic(CubicCurve2D c, double t) {
        double u = 1 - t;
        double x = u * u * u * c.getX1() + 3 * u * u * t * c.getCtrlX1() + 3 * u * t * t * c.getCtrlX2()
                + t * t * t * c.getX2();
        double y = u * u * u * c.getY1() + 3 * u * u * t * c.getCtrlY1() + 3 * u * t * t * c.getCtrlY2()
                + t * t * t * c.getY2();
        return new Point2D.Double(x, y);
    }

    /** An ensō: an ink brush circle that turns into pixels and flies off as coloured squares. */
    static void digitalArt(Graphics2D g) {
        disc(g);
        Random rnd = new Random(7);
        // ink-wash mountains: far layer smooth
        double[][] far = {{140, 200, 110}, {400, 150, 90}, {1000, 200, 120}, {1170, 140, 70}};
        g.setColor(mix(INK, MUTED, 0.13));
        g.fill(smoothRidge(0, W, HZ, far));
        // near layer: smooth ink on the left, resolving into a pixel grid on the right
        double[][] near = {{290, 130, 110}, {540, 74, 90}, {900, 150, 120}, {1110, 96, 80}};
        int cell = 14;
        double split = 700;
        Graphics2D l = (Graphics2D) g.create();
        l.clip(new Rectangle2D.Double(0, 0, split, HZ));
        l.setColor(mix(INK, MUTED, 0.25));
        l.fill(smoothRidge(0, W, HZ, near));
        l.dispose();
        for (int x = (int) split; x < W; x += cell) {
            double h = ridgeHeight(near, x + cell / 2.0);
            int rows = (int) Math.round(h / cell);
            double fade = Math.min(1, (x - split) / 240.0);
            for (int r = 0; r < rows; r++) {
                boolean accent = r == rows - 1 && rnd.nextDouble() < 0.3 * fade;
                g.setColor(accent ? mix(INK, JADE, 0.5) : mix(INK, MUTED, 0.25));
                double gap = Math.round(3 * fade);
                g.fill(new Rectangle2D.Double(x, HZ - (r + 1) * cell + gap, cell - gap, cell - gap));
            }
        }
        // the brush path: starts lower right, runs clockwise through bottom, left and top
        double theta0 = 300;
        double sweep = 312;
        double rBase = 158;
        double tSplit = 0.46;
        Path2D ink = new Path2D.Double();
        List<Point2D> inner = new ArrayList<>();
        int steps = 120;
        for (int i = 0; i <= steps; i++) {
            double t = tSplit * i / steps;
            double ang = theta0 - sweep * t;
            double rad = ensoRadius(t);
            double w = ensoWidth(t);
            Point2D o = polar(CX, CY, rad + w / 2, ang);
            if (i == 0) {
                ink.moveTo(o.getX(), o.getY());
            } else {
                ink.lineTo(o.getX(), o.getY());
            }
            inner.add(polar(CX, CY, rad - w / 2, ang));
        }
        for (int i = inner.size() - 1; i >= 0; i--) {
            ink.lineTo(inner.get(i).getX(), inner.get(i).getY());
        }
        ink.closePath();
        g.setColor(PAPER);
        g.fill(ink);
        Point2D head = polar(CX, CY, ensoRadius(0), theta0);
        g.fill(circle(head.getX(), head.getY(), ensoWidth(0) / 2));
        // "flying white": dry-brush gaps where the ink runs thin, just before it turns to pixels
        for (int k = -1; k <= 1; k++) {
            Path2D streak = new Path2D.Double();
            double t0 = 0.24 + 0.04 * (k + 1);
            double t1 = tSplit - 0.10 + 0.03 * k;
            for (int i = 0; i <= 40; i++) {
                double t = t0 + (t1 - t0) * i / 40.0;
                Point2D p = polar(CX, CY, ensoRadius(t) + k * ensoWidth(t) * 0.24, theta0 - sweep * t);
                if (i == 0) {
                    streak.moveTo(p.getX(), p.getY());
                } else {
                    streak.lineTo(p.getX(), p.getY());
                }
            }
            g.setColor(SURFACE);
            g.setStroke(new BasicStroke(k == 0 ? 2.4f : 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {26f + 10 * k, 7f}, 4f * (k + 1)));
            g.draw(streak);
        }
        // pixel half
        int px = 12;
        for (int y = (int) (CY - 240); y < CY + 240; y += px) {
            for (int x = (int) (CX - 240); x < CX + 240; x += px) {
                double dx = x + px / 2.0 - CX;
                double dy = CY - (y + px / 2.0);
                double ang = Math.toDegrees(Math.atan2(dy, dx));
                double t = (((theta0 - ang) % 360) + 360) % 360 / sweep;
                if (t < tSplit || t > 1) {
                    continue;
                }
                double d = Math.abs(Math.hypot(dx, dy) - ensoRadius(t));
                if (d > ensoWidth(t) / 2 + 1) {
                    continue;
                }
                Color c = PAPER;
                if (t > 0.78) {
                    double p = (t - 0.78) / 0.22;
                    if (rnd.nextDouble() < p * 0.5) {
                        continue;
                    }
                    double pick = rnd.nextDouble();
                    if (pick < p * 0.8) {
                        c = pick < p * 0.3 ? AMBER : (pick < p * 0.55 ? JADE : SKY);
                    }
                } else if (rnd.nextDouble() < 0.12) {
                    c = mix(PAPER, MUTED, 0.4);
                }
                g.setColor(c);
                g.fill(new Rectangle2D.Double(x + 1, y + 1, px - 2, px - 2));
            }
        }
        // squares leaving the tail towards the open sky
        Color[] cols = {SKY, JADE, AMBER, PAPER, JADE, SKY, AMBER};
        Point2D tail = polar(CX, CY, ensoRadius(1), theta0 - sweep);
        for (int i = 0; i < 18; i++) {
            double f = (i + 1) / 18.0;
            double dx = 20 + 230 * f + rnd.nextGaussian() * 12;
            double dy = -6 - 150 * f * f + rnd.nextGaussian() * 8 * (1 + 3 * f);
            double size = (i % 4 == 1 ? 2 * px : px) * (1.0 - 0.35 * f);
            double x = Math.round((tail.getX() + dx) / px) * px;
            double y = Math.round((tail.getY() + dy) / px) * px;
            g.setColor(cols[i % cols.length]);
            g.fill(new Rectangle2D.Double(x + 1, y + 1, size - 2, size - 2));
        }
        // red seal beside the brush start
        double sx = 512;
        double sy = 404;
        g.setColor(VERMILION);
        g.fill(new RoundRectangle2D.Double(sx, sy, 46, 46, 6, 6));
        g.setColor(INK);
        int[][] glyph = {{1, 1, 0, 1}, {0, 1, 1, 0}, {1, 0, 1, 1}, {1, 1, 0, 1}};
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                if (glyph[r][c] == 1) {
                    g.fill(new Rectangle2D.Double(sx + 6 + c * 9, sy + 6 + r * 9, 7, 7));
                }
            }
        }
    }

    static double ensoRadius(double t) {
        return 158 + 5 * Math.sin(t * 8) + 3 * Math.sin(t * 21) + 10 * t;
    }

    static double ensoWidth(double t) {
        return t < 0.04 ? 44 + 150 * t : 50 - 18 * Math.pow(t, 0.9);
    }

    static double ridgeHeight(double[][] peaks, double x) {
        double h = 0;
        for (double[] pk : peaks) {
            h = Math.max(h, pk[1] * Math.exp(-Math.pow((x - pk[0]) / pk[2], 2)));
        }
        return h;
    }

    static Shape smoothRidge(double x0, double x1, double base, double[][] peaks) {
        Path2D p = new Path2D.Double();
        p.moveTo(x0, base);
        for (double x = x0; x <= x1; x += 4) {
            double h = 0;
            for (double[] pk : peaks) {
                h = Math.max(h, pk[1] * Math.exp(-Math.pow((x - pk[0]) / pk[2], 2)));
            }
            p.lineTo(x, base - h);
        }
        p.lineTo(x1, base);
        p.closePath();
        return p;
    }

    /** Tilted globe with latitude lines; an overland and a maritime route link many cities. */
    static void beltRoad(Graphics2D g) {
        disc(g);
        // graticule
        stroke(g, a(MUTED, 0.26), HAIR);
        for (int lat = -60; lat <= 75; lat += 15) {
            g.draw(geoLine(-180, lat, 180, lat, 180));
        }
        for (int lon = -180; lon < 180; lon += 20) {
            g.draw(geoLine(lon, -88, lon, 88, 90));
        }
        stroke(g, a(MUTED, 0.5), HAIR);
        g.draw(geoLine(-180, 0, 180, 0, 180));
        stroke(g, a(SKY, 0.85), THIN);
        g.draw(circle(CX, CY, R));
        // the routes arrive from far beyond the globe along their latitudes
        Point2D west = project(-74, 44);
        Point2D westSea = project(-74, 4);
        trail(g, west.getY(), AMBER, 2.2, 0);
        trail(g, westSea.getY(), SKY, 1.8, 14);
        // routes
        double[][] land = {{-74, 44}, {-58, 45}, {-42, 42}, {-26, 44}, {-10, 40}, {6, 42}, {22, 38},
            {38, 40}, {54, 36}, {70, 37}};
        double[][] sea = {{-74, 4}, {-56, -2}, {-38, 2}, {-20, -5}, {-2, -1}, {16, -6}, {34, -1}, {50, 4},
            {64, 16}};
        Path2D landPath = geoRoute(land);
        Path2D seaPath = geoRoute(sea);
        stroke(g, SURFACE, 10);
        g.draw(landPath);
        dashed(g, SKY, THIN, 8, 8);
        g.draw(seaPath);
        stroke(g, AMBER, LINE);
        g.draw(landPath);
        // port links between the routes
        dashed(g, a(JADE, 0.9), HAIR, 2, 6);
        int[][] ports = {{2, 2}, {5, 4}, {9, 8}};
        for (int[] pp : ports) {
            Point2D p = project(land[pp[0]][0], land[pp[0]][1]);
            Point2D q = project(sea[pp[1]][0], sea[pp[1]][1]);
            g.draw(new Line2D.Double(p, q));
        }
        for (double[] c : sea) {
            Point2D p = project(c[0], c[1]);
            g.setColor(SURFACE);
            g.fill(circle(p.getX(), p.getY(), 8));
            g.setColor(SKY);
            g.fill(circle(p.getX(), p.getY(), 5));
        }
        for (int i = 0; i < land.length; i++) {
            Point2D p = project(land[i][0], land[i][1]);
            boolean hub = i == land.length - 1;
            g.setColor(SURFACE);
            g.fill(circle(p.getX(), p.getY(), hub ? 13 : 10));
            g.setColor(hub ? AMBER : PAPER);
            g.fill(circle(p.getX(), p.getY(), hub ? 9 : 6.5));
        }
        // the eastern hub radiates
        Point2D hub = project(land[land.length - 1][0], land[land.length - 1][1]);
        for (int i = 1; i <= 3; i++) {
            stroke(g, a(AMBER, 0.95 - i * 0.25), HAIR);
            g.draw(circle(hub.getX(), hub.getY(), 10 + i * 11));
        }
    }

    /** A dotted track along a latitude, from the left margin up to the globe's limb. */
    static void trail(Graphics2D g, double y, Color c, double r, double offset) {
        double limb = CX - Math.sqrt(R * R - (y - CY) * (y - CY)) - 16;
        for (double x = 60 + offset; x < limb; x += 28) {
            double f = (x - 60) / (limb - 60);
            g.setColor(a(c, 0.2 + 0.7 * f));
            g.fill(circle(x, y, r * (0.8 + f)));
        }
    }

    static final double TILT = Math.toRadians(26);

    static Point2D project(double lon, double lat) {
        double la = Math.toRadians(lat);
        double lo = Math.toRadians(lon);
        double x = Math.cos(la) * Math.sin(lo);
        double y = Math.cos(TILT) * Math.sin(la) - Math.sin(TILT) * Math.cos(la) * Math.cos(lo);
        return new Point2D.Double(CX + R * x, CY - R * y);
    }

    static boolean visible(double lon, double lat) {
        double la = Math.toRadians(lat);
        double lo = Math.toRadians(lon);
        return Math.sin(TILT) * Math.sin(la) + Math.cos(TILT) * Math.cos(la) * Math.cos(lo) > 0;
    }

    /** A graticule line sampled between two lon/lat points, front hemisphere only. */
    static Path2D geoLine(double lon0, double lat0, double lon1, double lat1, int n) {
        Path2D p = new Path2D.Double();
        boolean pen = false;
        for (int i = 0; i <= n; i++) {
            double lon = lon0 + (lon1 - lon0) * i / n;
            double lat = lat0 + (lat1 - lat0) * i / n;
            if (!visible(lon, lat)) {
                pen = false;
                continue;
            }
            Point2D q = project(lon, lat);
            if (pen) {
                p.lineTo(q.getX(), q.getY());
            } else {
                p.moveTo(q.getX(), q.getY());
                pen = true;
            }
        }
        return p;
    }

    static Path2D geoRoute(double[][] pts) {
        Path2D p = new Path2D.Double();
        Point2D s = project(pts[0][0], pts[0][1]);
        p.moveTo(s.getX(), s.getY());
        for (int i = 0; i + 1 < pts.length; i++) {
            for (int k = 1; k <= 12; k++) {
                double t = k / 12.0;
                double ts = (1 - Math.cos(Math.PI * t)) / 2;
                Point2D q = project(pts[i][0] + (pts[i + 1][0] - pts[i][0]) * t,
                        pts[i][1] + (pts[i + 1][1] - pts[i][1]) * ts);
                p.lineTo(q.getX(), q.getY());
            }
        }
        return p;
    }

    /** Coffee from an African village travels a digital route to a parcel bound for China. */
    static void coffee(Graphics2D g) {
        disc(g);
        // coffee branch from the upper left
        Path2D stem = new Path2D.Double();
        stem.moveTo(-10, 120);
        stem.curveTo(100, 130, 190, 170, 300, 250);
        stroke(g, mix(INK, MUTED, 0.45), LINE);
        g.draw(stem);
        double[][] leaves = {{60, 126, -40, 1}, {110, 136, 60, 1}, {170, 162, -20, 1}, {215, 185, 80, 0},
            {265, 222, 10, 1}};
        for (int i = 0; i < leaves.length; i++) {
            double[] lf = leaves[i];
            g.setColor(i % 2 == 0 ? mix(INK, JADE, 0.75) : JADE);
            g.fill(leaf(lf[0], lf[1], 74, 22, Math.toRadians(lf[2])));
            stroke(g, mix(INK, JADE, 0.4), HAIR);
            g.draw(leaf(lf[0], lf[1], 60, 0.1, Math.toRadians(lf[2])));
        }
        double[][] cherries = {{95, 152}, {110, 160}, {99, 168}, {196, 190}, {210, 198}, {202, 178},
            {288, 262}, {300, 270}};
        for (double[] c : cherries) {
            g.setColor(VERMILION);
            g.fill(circle(c[0], c[1], 9));
            g.setColor(a(PAPER, 0.6));
            g.fill(circle(c[0] - 3, c[1] - 3, 2.2));
        }
        // cup and saucer
        double cx = 430;
        g.setColor(mix(SURFACE, MUTED, 0.35));
        g.fill(new Ellipse2D.Double(cx - 110, HZ - 22, 220, 30));
        Path2D cup = new Path2D.Double();
        cup.moveTo(cx - 80, HZ - 140);
        cup.lineTo(cx + 80, HZ - 140);
        cup.curveTo(cx + 80, HZ - 60, cx + 60, HZ - 18, cx, HZ - 18);
        cup.curveTo(cx - 60, HZ - 18, cx - 80, HZ - 60, cx - 80, HZ - 140);
        cup.closePath();
        g.setColor(PAPER);
        g.fill(cup);
        stroke(g, PAPER, 11);
        g.draw(new Arc2D.Double(cx + 48, HZ - 126, 64, 64, -80, 170, Arc2D.OPEN));
        g.setColor(mix(AMBER, INK, 0.55));
        g.fill(new Ellipse2D.Double(cx - 80, HZ - 150, 160, 22));
        g.setColor(JADE);
        g.fill(new Rectangle2D.Double(cx - 74, HZ - 104, 148, 10));
        // steam
        stroke(g, a(MUTED, 0.7), THIN);
        g.draw(new CubicCurve2D.Double(cx - 40, HZ - 162, cx - 58, HZ - 188, cx - 22, HZ - 204, cx - 40, HZ - 230));
        g.draw(new CubicCurve2D.Double(cx + 40, HZ - 162, cx + 22, HZ - 188, cx + 58, HZ - 204, cx + 40, HZ - 228));
        // route: an elliptical arc from the cup over the sky to the parcel
        double ex = 740;
        double ey = 330;
        double rx = 310;
        double ry = 236;
        Arc2D route = new Arc2D.Double(ex - rx, ey - ry, 2 * rx, 2 * ry, 180, -172, Arc2D.OPEN);
        stroke(g, mix(INK, AMBER, 0.30), 14);
        g.draw(route);
        dashed(g, AMBER, LINE, 12, 10);
        g.draw(route);
        // beans travelling along the route
        for (double ang : new double[] {150, 124, 56, 30}) {
            double rad = Math.toRadians(ang);
            double x = ex + rx * Math.cos(rad);
            double y = ey - ry * Math.sin(rad);
            double tangent = Math.atan2(-ry * Math.cos(rad), -rx * Math.sin(rad));
            bean(g, x, y, tangent + Math.PI / 2);
        }
        // departure pin and arrival parcel
        Point2D start = route.getStartPoint();
        g.setColor(JADE);
        g.fill(circle(start.getX(), start.getY(), 9));
        stroke(g, a(JADE, 0.6), HAIR);
        g.draw(circle(start.getX(), start.getY(), 17));
        Point2D end = route.getEndPoint();
        parcel(g, end.getX() - 10, HZ, 1.0);
        double dropY = HZ - 128;
        dashed(g, AMBER, LINE, 12, 10);
        g.draw(new Line2D.Double(end.getX(), end.getY(), end.getX(), dropY - 16));
        g.setColor(AMBER);
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(end.getX() - 15, dropY - 22);
        arrow.lineTo(end.getX() + 15, dropY - 22);
        arrow.lineTo(end.getX(), dropY);
        arrow.closePath();
        g.fill(arrow);
        // phone with a live-stream play mark at the apex
        Point2D top = new Point2D.Double(ex, ey - ry);
        double pw = 70;
        double ph = 120;
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(top.getX() - pw / 2 - 8, top.getY() - ph / 2 - 8, pw + 16, ph + 16, 24, 24));
        g.setColor(PAPER);
        g.fill(new RoundRectangle2D.Double(top.getX() - pw / 2, top.getY() - ph / 2, pw, ph, 16, 16));
        g.setColor(SURFACE);
        g.fill(new RoundRectangle2D.Double(top.getX() - pw / 2 + 6, top.getY() - ph / 2 + 14, pw - 12, ph - 28, 6, 6));
        g.setColor(VERMILION);
        Path2D play = new Path2D.Double();
        play.moveTo(top.getX() - 10, top.getY() - 16);
        play.lineTo(top.getX() + 16, top.getY());
        play.lineTo(top.getX() - 10, top.getY() + 16);
        play.closePath();
        g.fill(play);
        stroke(g, a(VERMILION, 0.6), HAIR);
        for (int i = 1; i <= 2; i++) {
            double r = 44 + i * 14;
            g.draw(new Arc2D.Double(top.getX() - r, top.getY() - r, 2 * r, 2 * r, -35, 70, Arc2D.OPEN));
            g.draw(new Arc2D.Double(top.getX() - r, top.getY() - r, 2 * r, 2 * r, 145, 70, Arc2D.OPEN));
        }
    }

    static void bean(Graphics2D g, double x, double y, double rot) {
        Graphics2D t = (Graphics2D) g.create();
        t.translate(x, y);
        t.rotate(rot);
        t.setColor(INK);
        t.fill(new Ellipse2D.Double(-18, -24, 36, 48));
        t.setColor(mix(AMBER, VERMILION, 0.35));
        t.fill(new Ellipse2D.Double(-13, -19, 26, 38));
        stroke(t, INK, THIN);
        t.draw(new CubicCurve2D.Double(0, -16, -7, -5, 7, 5, 0, 16));
        t.dispose();
    }

    static void parcel(Graphics2D g, double x, double base, double s) {
        double w = 120 * s;
        double h = 82 * s;
        double d = 34 * s;
        Path2D front = new Path2D.Double();
        front.moveTo(x - w / 2, base);
        front.lineTo(x - w / 2, base - h);
        front.lineTo(x + w / 2, base - h);
        front.lineTo(x + w / 2, base);
        front.closePath();
        Path2D topFace = new Path2D.Double();
        topFace.moveTo(x - w / 2, base - h);
        topFace.lineTo(x - w / 2 + d, base - h - d * 0.6);
        topFace.lineTo(x + w / 2 + d, base - h - d * 0.6);
        topFace.lineTo(x + w / 2, base - h);
        topFace.closePath();
        Path2D side = new Path2D.Double();
        side.moveTo(x + w / 2, base);
        side.lineTo(x + w / 2, base - h);
        side.lineTo(x + w / 2 + d, base - h - d * 0.6);
        side.lineTo(x + w / 2 + d, base - d * 0.6);
        side.closePath();
        g.setColor(AMBER);
        g.fill(front);
        g.setColor(mix(AMBER, PAPER, 0.45));
        g.fill(topFace);
        g.setColor(mix(AMBER, INK, 0.35));
        g.fill(side);
        g.setColor(mix(AMBER, INK, 0.55));
        g.fill(new Rectangle2D.Double(x - 8 * s, base - h, 16 * s, h));
        Path2D tape = new Path2D.Double();
        tape.moveTo(x - 8 * s, base - h);
        tape.lineTo(x - 8 * s + d, base - h - d * 0.6);
        tape.lineTo(x + 8 * s + d, base - h - d * 0.6);
        tape.lineTo(x + 8 * s, base - h);
        tape.closePath();
        g.fill(tape);
        stroke(g, INK, HAIR);
        g.draw(new Line2D.Double(x - w / 2 + 12, base - 24, x - w / 2 + 34, base - 24));
        g.draw(new Line2D.Double(x - w / 2 + 12, base - 16, x - w / 2 + 26, base - 16));
    }

    /** A rocket launching from Wuzhen's arched stone bridge; arch and reflection form a circle. */
    static void straightToWuzhen(Graphics2D g) {
        disc(g);
        Color houses = mix(INK, MUTED, 0.16);
        Color houses2 = mix(INK, MUTED, 0.24);
        waterTown(g, 0, 340, houses, houses2, 3);
        waterTown(g, 1000, 1200, houses, houses2, 5);
        // bridge
        double ar = 96;
        Path2D deck = new Path2D.Double();
        deck.moveTo(360, HZ);
        deck.curveTo(520, HZ - 20, 600, HZ - 140, CX, HZ - 140);
        deck.curveTo(840, HZ - 140, 920, HZ - 20, 1080, HZ);
        deck.closePath();
        Area bridge = new Area(deck);
        bridge.subtract(new Area(circle(CX, HZ, ar)));
        bridge.subtract(new Area(circle(CX - 200, HZ + 6, 28)));
        bridge.subtract(new Area(circle(CX + 200, HZ + 6, 28)));
        g.setColor(mix(SURFACE, MUTED, 0.38));
        g.fill(bridge);
        // voussoir ring
        stroke(g, mix(SURFACE, PAPER, 0.6), THIN);
        g.draw(new Arc2D.Double(CX - ar - 12, HZ - ar - 12, 2 * ar + 24, 2 * ar + 24, 0, 180, Arc2D.OPEN));
        for (int i = 0; i <= 12; i++) {
            Point2D p1 = polar(CX, HZ, ar, i * 15);
            Point2D p2 = polar(CX, HZ, ar + 12, i * 15);
            g.draw(new Line2D.Double(p1, p2));
        }
        // parapet line
        stroke(g, PAPER, THIN);
        Path2D rail = new Path2D.Double();
        rail.moveTo(380, HZ - 8);
        rail.curveTo(530, HZ - 30, 600, HZ - 150, CX, HZ - 150);
        rail.curveTo(840, HZ - 150, 910, HZ - 30, 1060, HZ - 8);
        g.draw(rail);
        // launch trail
        double top = 96;
        dashed(g, a(PAPER, 0.8), LINE, 2, 12);
        g.draw(new Line2D.Double(CX, HZ - 160, CX, top + 140));
        g.setColor(a(AMBER, 0.25));
        g.fill(new Ellipse2D.Double(CX - 34, top + 100, 68, 70));
        g.setColor(AMBER);
        Path2D flame = new Path2D.Double();
        flame.moveTo(CX - 16, top + 104);
        flame.quadTo(CX - 14, top + 140, CX, top + 160);
        flame.quadTo(CX + 14, top + 140, CX + 16, top + 104);
        flame.closePath();
        g.fill(flame);
        g.setColor(PAPER);
        g.fill(leaf(CX, top + 104, 34, 8, Math.toRadians(90)));
        rocket(g, CX, top, 1.0);
        // sparks
        g.setColor(PAPER);
        g.fill(star(CX - 120, 110, 12));
        g.fill(star(CX + 130, 170, 9));
        g.setColor(AMBER);
        g.fill(star(CX + 96, 70, 7));
        g.fill(star(CX - 150, 230, 7));
    }

    static void rocket(Graphics2D g, double x, double y, double s) {
        Path2D body = new Path2D.Double();
        body.moveTo(x, y - 70 * s);
        body.curveTo(x + 30 * s, y - 40 * s, x + 30 * s, y + 30 * s, x + 22 * s, y + 100 * s);
        body.lineTo(x - 22 * s, y + 100 * s);
        body.curveTo(x - 30 * s, y + 30 * s, x - 30 * s, y - 40 * s, x, y - 70 * s);
        body.closePath();
        Path2D finL = new Path2D.Double();
        finL.moveTo(x - 24 * s, y + 40 * s);
        finL.lineTo(x - 50 * s, y + 92 * s);
        finL.lineTo(x - 50 * s, y + 112 * s);
        finL.lineTo(x - 22 * s, y + 96 * s);
        finL.closePath();
        Path2D finR = new Path2D.Double();
        finR.moveTo(x + 24 * s, y + 40 * s);
        finR.lineTo(x + 50 * s, y + 92 * s);
        finR.lineTo(x + 50 * s, y + 112 * s);
        finR.lineTo(x + 22 * s, y + 96 * s);
        finR.closePath();
        g.setColor(VERMILION);
        g.fill(finL);
        g.fill(finR);
        g.setColor(PAPER);
        g.fill(body);
        Graphics2D c = (Graphics2D) g.create();
        c.clip(body);
        c.setColor(VERMILION);
        c.fill(new Rectangle2D.Double(x - 40 * s, y - 80 * s, 80 * s, 42 * s));
        c.setColor(mix(PAPER, MUTED, 0.5));
        c.fill(new Rectangle2D.Double(x - 40 * s, y + 88 * s, 80 * s, 14 * s));
        c.dispose();
        g.setColor(INK);
        g.fill(circle(x, y + 4 * s, 15 * s));
        g.setColor(JADE);
        g.fill(circle(x, y + 4 * s, 10 * s));
        g.setColor(VERMILION);
        g.fill(new Rectangle2D.Double(x - 2.5 * s, y + 48 * s, 5 * s, 56 * s));
    }

    /** Jiangnan houses: tiled eaves alternating with stepped "horse-head" gable walls. */
    static void waterTown(Graphics2D g, double x0, double x1, Color back, Color front, int seed) {
        Random rnd = new Random(seed);
        double x = x0 - 30;
        int i = 0;
        while (x < x1) {
            double w = 80 + rnd.nextDouble() * 60;
            double h = 60 + rnd.nextDouble() * 70;
            house(g, x, w, h, i % 2 == 0 ? back : front, i % 3 == 1, rnd);
            x += w + 4;
            i++;
        }
    }

    static void house(Graphics2D g, double x, double w, double h, Color wall, boolean gableEnd, Random rnd) {
        double base = HZ;
        double top = base - h;
        Color roofC = mix(INK, MUTED, 0.07);
        Color edge = a(PAPER, 0.35);
        if (gableEnd) {
            // stepped horse-head wall seen end-on
            double step = 16;
            double[] xs = {0, 0.2, 0.38, 0.62, 0.8, 1};
            Path2D wallP = new Path2D.Double();
            wallP.moveTo(x, base);
            wallP.lineTo(x, top);
            wallP.lineTo(x + w * xs[1], top);
            wallP.lineTo(x + w * xs[1], top - step);
            wallP.lineTo(x + w * xs[2], top - step);
            wallP.lineTo(x + w * xs[2], top - 2 * step);
            wallP.lineTo(x + w * xs[3], top - 2 * step);
            wallP.lineTo(x + w * xs[3], top - step);
            wallP.lineTo(x + w * xs[4], top - step);
            wallP.lineTo(x + w * xs[4], top);
            wallP.lineTo(x + w, top);
            wallP.lineTo(x + w, base);
            wallP.closePath();
            g.setColor(wall);
            g.fill(wallP);
            double[][] caps = {{xs[0], 0}, {xs[1], 1}, {xs[2], 2}, {xs[3], 1}, {xs[4], 0}};
            for (int i = 0; i < caps.length; i++) {
                double cx0 = x + w * caps[i][0] - 5;
                double cx1 = x + w * (i + 1 < xs.length ? xs[i + 1] : 1) + 5;
                double cy = top - caps[i][1] * step;
                Path2D cap = new Path2D.Double();
                cap.moveTo(cx0 - 3, cy - 9);
                cap.lineTo(cx0 + 4, cy - 5);
                cap.lineTo(cx1 - 4, cy - 5);
                cap.lineTo(cx1 + 3, cy - 9);
                cap.lineTo(cx1, cy + 1);
                cap.lineTo(cx0, cy + 1);
                cap.closePath();
                g.setColor(roofC);
                g.fill(cap);
                stroke(g, edge, 1.2f);
                g.draw(new Line2D.Double(cx0 - 3, cy - 9, cx0 + 4, cy - 5));
                g.draw(new Line2D.Double(cx0 + 4, cy - 5, cx1 - 4, cy - 5));
                g.draw(new Line2D.Double(cx1 - 4, cy - 5, cx1 + 3, cy - 9));
            }
        } else {
            g.setColor(wall);
            g.fill(new Rectangle2D.Double(x, top, w, h));
            double rh = 24;
            Path2D roof = new Path2D.Double();
            roof.moveTo(x - 14, top - 4);
            roof.quadTo(x + 4, top - 4, x + 14, top - rh);
            roof.lineTo(x + w - 14, top - rh);
            roof.quadTo(x + w - 4, top - 4, x + w + 14, top - 4);
            roof.lineTo(x + w + 6, top + 4);
            roof.lineTo(x - 6, top + 4);
            roof.closePath();
            g.setColor(roofC);
            g.fill(roof);
            stroke(g, edge, 1.2f);
            Path2D eave = new Path2D.Double();
            eave.moveTo(x - 14, top - 4);
            eave.quadTo(x + 4, top - 4, x + 14, top - rh);
            eave.lineTo(x + w - 14, top - rh);
            eave.quadTo(x + w - 4, top - 4, x + w + 14, top - 4);
            g.draw(eave);
        }
        // windows
        int n = Math.max(1, (int) ((w - 20) / 36));
        double span = w - 40;
        for (int i = 0; i < n; i++) {
            double wx = n == 1 ? x + w / 2 : x + 20 + span * i / (n - 1);
            boolean lit = rnd.nextDouble() < 0.55;
            g.setColor(lit ? AMBER : mix(INK, SURFACE, 0.5));
            g.fill(new Rectangle2D.Double(wx - 8, top + 18, 16, 20));
        }
    }

    /** Light beams and lanterns over the rooftops of Wuzhen at night. */
    static void lightExpo(Graphics2D g) {
        disc(g);
        // beams fanning from behind the central hall
        double bx = CX;
        double by = HZ - 150;
        Color[] beamCols = {SKY, JADE, AMBER, JADE, SKY};
        double[] beamAng = {132, 111, 90, 69, 48};
        for (int i = 0; i < beamAng.length; i++) {
            double half = i == 2 ? 5.5 : 4;
            Point2D p1 = polar(bx, by, 560, beamAng[i] - half);
            Point2D p2 = polar(bx, by, 560, beamAng[i] + half);
            Path2D beam = new Path2D.Double();
            beam.moveTo(bx - 4, by);
            beam.lineTo(p1.getX(), p1.getY());
            beam.lineTo(p2.getX(), p2.getY());
            beam.lineTo(bx + 4, by);
            beam.closePath();
            g.setColor(a(beamCols[i], i == 2 ? 0.34 : 0.22));
            g.fill(beam);
            stroke(g, a(beamCols[i], 0.8), HAIR);
            Point2D c = polar(bx, by, 560, beamAng[i]);
            g.draw(new Line2D.Double(bx, by, c.getX(), c.getY()));
        }
        // rooftops
        Color back = mix(INK, MUTED, 0.20);
        Color front = mix(INK, MUTED, 0.30);
        waterTown(g, 0, 540, back, front, 9);
        waterTown(g, 905, 1200, back, front, 13);
        // central hall with a double-eaved roof
        double hx = CX;
        Color roofC = mix(INK, MUTED, 0.07);
        Color edge = a(PAPER, 0.45);
        g.setColor(front);
        g.fill(new Rectangle2D.Double(hx - 150, HZ - 86, 300, 86));
        g.fill(new Rectangle2D.Double(hx - 92, HZ - 160, 184, 50));
        Path2D roof2 = eaves(hx, HZ - 160, 150, 40);
        g.setColor(roofC);
        g.fill(roof2);
        stroke(g, edge, 1.2f);
        g.draw(roof2);
        Path2D roof = eaves(hx, HZ - 86, 200, 34);
        g.setColor(roofC);
        g.fill(roof);
        stroke(g, edge, 1.2f);
        g.draw(roof);
        g.setColor(AMBER);
        for (int i = 0; i < 6; i++) {
            g.fill(new Rectangle2D.Double(hx - 118 + i * 42, HZ - 62, 22, 36));
        }
        for (int i = 0; i < 3; i++) {
            g.fill(new Rectangle2D.Double(hx - 64 + i * 52, HZ - 140, 24, 18));
        }
        g.setColor(AMBER);
        g.fill(star(bx, by - 58, 10));
        // lanterns strung across the canal
        lanternString(g, -20, 92, 1220, 92, 150, 9);
    }

    /** Upswept double-curved eaves, centred at x, eave line at y. */
    static Path2D eaves(double x, double y, double half, double rise) {
        Path2D p = new Path2D.Double();
        p.moveTo(x - half, y - 8);
        p.quadTo(x - half + 30, y, x - half + 60, y - rise * 0.5);
        p.lineTo(x - half * 0.55, y - rise);
        p.lineTo(x + half * 0.55, y - rise);
        p.lineTo(x + half - 60, y - rise * 0.5);
        p.quadTo(x + half - 30, y, x + half, y - 8);
        p.lineTo(x + half - 20, y + 4);
        p.lineTo(x - half + 20, y + 4);
        p.closePath();
        return p;
    }

    static void lanternString(Graphics2D g, double x0, double y0, double x1, double y1, double sag, int n) {
        QuadCurve2D cable = new QuadCurve2D.Double(x0, y0, (x0 + x1) / 2, Math.max(y0, y1) + sag, x1, y1);
        stroke(g, a(MUTED, 0.6), HAIR);
        g.draw(cable);
        for (int i = 1; i <= n; i++) {
            double t = i / (n + 1.0);
            double u = 1 - t;
            double x = u * u * x0 + 2 * u * t * cable.getCtrlX() + t * t * x1;
            double y = u * u * y0 + 2 * u * t * cable.getCtrlY() + t * t * y1;
            boolean red = i % 3 == 2;
            lantern(g, x, y, red ? VERMILION : AMBER, i % 2 == 0 ? 0.78 : 0.95);
        }
    }

    static void lantern(Graphics2D g, double x, double y, Color c, double s) {
        stroke(g, a(MUTED, 0.6), HAIR);
        g.draw(new Line2D.Double(x, y, x, y + 10 * s));
        g.setColor(a(c, 0.16));
        g.fill(circle(x, y + 36 * s, 34 * s));
        g.setColor(c);
        g.fill(new Ellipse2D.Double(x - 22 * s, y + 14 * s, 44 * s, 44 * s));
        stroke(g, a(INK, 0.35), HAIR);
        g.draw(new Ellipse2D.Double(x - 10 * s, y + 14 * s, 20 * s, 44 * s));
        g.setColor(INK);
        g.fill(new RoundRectangle2D.Double(x - 10 * s, y + 10 * s, 20 * s, 7 * s, 3, 3));
        g.fill(new RoundRectangle2D.Double(x - 10 * s, y + 55 * s, 20 * s, 7 * s, 3, 3));
        stroke(g, c, THIN);
        g.draw(new Line2D.Double(x, y + 62 * s, x, y + 78 * s));
    }
}
