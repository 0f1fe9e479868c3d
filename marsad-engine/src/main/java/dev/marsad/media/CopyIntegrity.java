package dev.marsad.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Whether a kept copy is whole: it opens with its format's signature and ends with the marker its
 * writer closes it with. A copy cut short (a disk that lost the end of a file, a copy from an older
 * Marsad that wrote in place, a file truncated by hand) fails this, so it is neither served nor
 * taken as stored. Reads the first and the last few bytes only; damage in the middle of a file goes
 * unseen (the picture then decodes with a grey band, as a browser shows it).
 */
final class CopyIntegrity {

    /** JPEG: start of image (SOI) ... end of image (EOI); ITU T.81, Annex B. */
    private static final byte[] JPEG_START = HexFormat.of().parseHex("ffd8ff");

    private static final byte[] JPEG_END = HexFormat.of().parseHex("ffd9");
    /** PNG: the 8-byte signature ... the empty IEND chunk with its CRC; RFC 2083, sections 3.1 and 4.1.4. */
    private static final byte[] PNG_START = HexFormat.of().parseHex("89504e470d0a1a0a");

    private static final byte[] PNG_END = HexFormat.of().parseHex("0000000049454e44ae426082");

    private CopyIntegrity() {}

    /** Whether the copy at {@code path}, in {@code format}, is whole; false when it cannot be read. */
    static boolean isWhole(Path path, StoredImage.Format format) {
        byte[] start = format == StoredImage.Format.PNG ? PNG_START : JPEG_START;
        byte[] end = format == StoredImage.Format.PNG ? PNG_END : JPEG_END;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < start.length + end.length) return false;
            return Arrays.equals(read(channel, 0, start.length), start)
                    && Arrays.equals(read(channel, size - end.length, end.length), end);
        } catch (IOException e) {
            return false; // gone since it was listed, or unreadable: not a copy to serve
        }
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) if (channel.read(buffer, position + buffer.position()) < 0) break;
        return buffer.array();
    }
}
