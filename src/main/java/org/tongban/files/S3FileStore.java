package org.tongban.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Files in an S3-compatible object store, for a cluster whose instances share no volume. An object
 * appears only when its upload completed, so nothing partial is ever read. Uploads are sent whole
 * with their payload signed, and checksums only where the API requires them: the SDK's defaults
 * (aws-chunked bodies, trailing CRCs) are misread or refused by many S3-compatible stores — a
 * store that does not decode aws-chunked keeps the chunk framing as the file's content.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    S3FileStore(FilesConfig.S3 config) {
        this.bucket = config.bucket()
                .orElseThrow(() -> new IllegalStateException("tongban.files.s3.bucket is required for S3 storage"));
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                .serviceConfiguration(
                        S3Configuration.builder().chunkedEncodingEnabled(false).build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        config.accessKey().isPresent()
                                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(
                                        config.accessKey().get(),
                                        config.secretKey()
                                                .orElseThrow(() -> new IllegalStateException(
                                                        "tongban.files.s3.secret-key goes with the access key"))))
                                : DefaultCredentialsProvider.builder().build());
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    @Override
    public void put(String key, Path source, FileType type) throws IOException {
        try {
            s3.putObject(
                    PutObjectRequest.builder()
                            .bucket(bucket)
                            .key(key)
                            .contentType(type.mediaType())
                            .build(),
                    RequestBody.fromFile(source));
        } catch (SdkException e) {
            throw new IOException("S3 put of " + key + " failed", e);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(
                    GetObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (SdkException e) {
            throw new IOException("S3 get of " + key + " failed", e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            s3.deleteObject(
                    DeleteObjectRequest.builder().bucket(bucket).key(key).build());
        } catch (SdkException e) {
            throw new IOException("S3 delete of " + key + " failed", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }
}
