package org.wuzhenkiosk.tools;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Generates the gallery's detail pictures: a case poster's motif drawn again, enlarged around one point, so the
 * gallery has more than the cover to swipe through. Same painters as {@link CaseArtwork}, vector-sharp at any zoom.
 *
 * <p>Run from the repository root: {@code javac -d /tmp/artwork src/test/java/org/wuzhenkiosk/tools/Case*Artwork.java}
 * then {@code java -cp /tmp/artwork org.wuzhenkiosk.tools.CaseDetailArtwork [outputDir]} (default
 * {@code resources/media/cases}). Output is deterministic.
 */
public final class CaseDetailArtwork {

    /** One detail: the file name, the poster's painter, the point to centre on (poster pixels) and the zoom. */
    record Detail(String file, CaseArtwork.Painter painter, double x, double y, double zoom) {
    }

    static final List<Detail> DETAILS = List.of(
            new Detail("th-5g-smart-hospital-detail-mast.png", CaseArtwork::hospital, 760, 250, 2.0),
            new Detail("th-5g-smart-hospital-detail-heartbeat.png", CaseArtwork::hospital, 430, 230, 2.0),
            new Detail("cbers-amazon-detail-satellite.png", CaseArtwork::amazon, 520, 300, 2.0),
            new Detail("cbers-amazon-detail-river.png", CaseArtwork::amazon, 800, 230, 2.0));

    private CaseDetailArtwork() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        File out = new File(args.length > 0 ? args[0] : "resources/media/cases");
        if (!out.isDirectory() && !out.mkdirs()) {
            throw new IOException("cannot create " + out);
        }
        for (Detail detail : DETAILS) {
            File f = new File(out, detail.file());
            if (!ImageIO.write(render(detail), "png", f)) {
                throw new IOException("no PNG writer");
            }
            System.out.printf("%-44s %7d bytes%n", f.getName(), f.length());
        }
    }

    /** The poster's sky, motif and horizon, scaled by {@code zoom} about the detail's point, at poster size. */
    static BufferedImage render(Detail detail) {
        BufferedImage img = new BufferedImage(CaseArtwork.W, CaseArtwork.H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = CaseArtwork.setup(img);
        g.setColor(CaseArtwork.INK);
        g.fillRect(0, 0, CaseArtwork.W, CaseArtwork.H);
        g.translate(CaseArtwork.W / 2.0, CaseArtwork.H / 2.0);
        g.scale(detail.zoom(), detail.zoom());
        g.translate(-detail.x(), -detail.y());
        CaseArtwork.background(g);
        Graphics2D m = (Graphics2D) g.create();
        m.clip(new Rectangle2D.Double(0, 0, CaseArtwork.W, CaseArtwork.HZ));
        detail.painter().paint(m);
        m.dispose();
        CaseArtwork.frame(g);
        g.dispose();
        return img;
    }
}
