// Sends one file to POST /api/photos with the session cookie, reporting progress (fetch cannot
// report an upload's progress; XMLHttpRequest can). A refusal comes back in the API's error shape,
// in the language the app shows, and its sentence is what the member reads.
export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
  url: string;
  srcset: string;
}

export class PhotoUploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function uploadPhoto(file: File, language: string, onProgress: (fraction: number) => void): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/photos');
    xhr.setRequestHeader('Accept-Language', language);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { photo?: UploadedPhoto; errors?: { message: string; extensions?: { code?: string } }[] } | null;
      if (xhr.status === 201 && body?.photo) return resolve(body.photo);
      const error = body?.errors?.[0];
      reject(new PhotoUploadError(error?.message ?? '', error?.extensions?.code ?? 'NETWORK'));
    };
    xhr.onerror = () => reject(new PhotoUploadError('', 'NETWORK'));
    const form = new FormData();
    form.append('photo', file, file.name);
    xhr.send(form);
  });
}
