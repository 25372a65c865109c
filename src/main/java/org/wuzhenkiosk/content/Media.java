package org.wuzhenkiosk.content;

/**
 * A picture, clip or narration, by its path relative to the content directory.
 * {@code language} says which language a narration speaks; {@code poster} is the still shown for a video.
 */
public record Media(String file, MediaType type, LocalizedText caption, LocalizedText credit, String language,
                    String poster) {

    public Media {
        caption = caption == null ? LocalizedText.EMPTY : caption;
        credit = credit == null ? LocalizedText.EMPTY : credit;
    }
}
