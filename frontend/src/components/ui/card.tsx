import type { HTMLAttributes, ReactNode } from 'react';
import cardStyles from './card.module.css';

export interface CardProps extends HTMLAttributes<HTMLElement> {
  as?: 'section' | 'article' | 'div' | 'li';
  children: ReactNode;
}

/** A quiet surface that groups related content. */
export function Card({ as: Tag = 'section', className, children, ...rest }: CardProps) {
  return (
    <Tag className={`${cardStyles.card}${className ? ` ${className}` : ''}`} {...rest}>
      {children}
    </Tag>
  );
}
