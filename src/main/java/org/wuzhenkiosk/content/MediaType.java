package org.wuzhenkiosk.content;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** What a media file is. */
public enum MediaType {
    @SerializedName("image") IMAGE,
    @SerializedName("video") VIDEO,
    @SerializedName("audio") AUDIO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
