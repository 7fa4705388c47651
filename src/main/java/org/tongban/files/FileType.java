package org.tongban.files;

/** The kinds of file a material may be handed in as, each with the media type it is served with. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    /** 版式文档 (GB/T 33190): a zip whose root entry OFD.xml describes the document. */
    OFD("application/ofd", "ofd");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not a material file type: " + mediaType);
    }
}
