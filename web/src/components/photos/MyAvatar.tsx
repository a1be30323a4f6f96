// The signed-in member's avatar with its upload, on "me" and on the profile page.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { AvatarUpload } from './AvatarUpload';

const MyAvatarQuery = graphql(`
  query MyAvatar {
    me {
      id
      avatar {
        id
      }
      ...Avatar_member
    }
  }
`);

/** My avatar, changed in place (its own small query: the app-wide `me` does not carry it). */
export function MyAvatar() {
  const { data } = useQuery(MyAvatarQuery);
  if (!data?.me) return null;
  return <AvatarUpload member={data.me} hasAvatar={!!data.me.avatar} />;
}

