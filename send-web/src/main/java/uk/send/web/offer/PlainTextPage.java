package uk.send.web.offer;

import java.util.ArrayList;
import java.util.List;

/**
 * The council's plain text as blocks a page shows: a blank line starts a new paragraph, a line starting
 * {@code ## } is a heading. Every block is shown as text (escaped), so no HTML anyone types reaches a page.
 */
final class PlainTextPage {

    /** A heading or a paragraph. */
    record Block(boolean heading, String text) {
    }

    private PlainTextPage() {
    }

    static List<Block> blocks(String body) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.startsWith("## ") || stripped.equals("##")) {
                flush(blocks, paragraph);
                String heading = stripped.substring(2).strip();
                if (!heading.isEmpty()) {
                    blocks.add(new Block(true, heading));
                }
            } else if (stripped.isEmpty()) {
                flush(blocks, paragraph);
            } else {
                if (!paragraph.isEmpty()) {
                    paragraph.append(' ');
                }
                paragraph.append(stripped);
            }
        }
        flush(blocks, paragraph);
        return blocks;
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Block(false, paragraph.toString()));
            paragraph.setLength(0);
        }
    }
}
